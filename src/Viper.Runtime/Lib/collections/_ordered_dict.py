"""collections.OrderedDict: a dict whose order can be changed and matters for equality."""

from collections._ordered_dict_views import odict_items, odict_keys, odict_values


class OrderedDict(dict):
    __module__ = "collections"

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def keys(self):
        return odict_keys(dict.keys(self))

    def values(self):
        return odict_values(dict.values(self))

    def items(self):
        return odict_items(dict.items(self))

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return len(self) == len(other) and list(self.items()) == list(other.items())
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, OrderedDict):
            return not self == other
        return NotImplemented

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

"""OrderedDict's keys, values and items views: live views of the dict that print as odict_keys([...])."""


class _OrderedDictView:
    __slots__ = ("_view",)

    def __init__(self, view):
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return f"{type(self).__name__}({list(self._view)!r})"


_SET_LIKE = (set, frozenset, type({}.keys()), type({}.items()))


class _OrderedDictSetView(_OrderedDictView):
    """The keys and items views, which are set-like: their operators give sets."""

    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, _SET_LIKE + (_OrderedDictSetView,)):
            return NotImplemented
        return len(self) == len(other) and all(item in self._view for item in other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __and__(self, other):
        return set(self._view) & set(other)

    __rand__ = __and__

    def __or__(self, other):
        return set(self._view) | set(other)

    __ror__ = __or__

    def __sub__(self, other):
        return set(self._view) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self._view)

    def __xor__(self, other):
        return set(self._view) ^ set(other)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        return not any(item in self._view for item in other)


class odict_keys(_OrderedDictSetView):
    __slots__ = ()


class odict_values(_OrderedDictView):
    __slots__ = ()


class odict_items(_OrderedDictSetView):
    __slots__ = ()

"""collections.namedtuple: tuple subclasses whose items are also reachable by name."""

import sys
from keyword import iskeyword


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if not name.isidentifier() or iskeyword(name) or name.startswith("_") or name in seen:
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    fields = tuple(field_names)
    field_count = len(fields)
    argument_list = ", ".join(fields)
    if field_count == 1:
        argument_list += ","
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    exec(f"def __new__(_cls, {', '.join(fields)}):\n    return _tuple_new(_cls, ({argument_list}))\n", namespace)
    new = namespace["__new__"]
    new.__name__ = "__new__"
    new.__qualname__ = f"{typename}.__new__"
    new.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"
    if defaults is not None:
        new.__defaults__ = defaults

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != field_count:
            raise TypeError(f"Expected {field_count} arguments, got {len(result)}")
        return result

    _make.__doc__ = f"Make a new {typename} object from a sequence or iterable"
    _make.__qualname__ = f"{typename}._make"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"
    _replace.__qualname__ = f"{typename}._replace"

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{self.__class__.__name__}({body})"

    __repr__.__doc__ = "Return a nicely formatted representation string"
    __repr__.__qualname__ = f"{typename}.__repr__"

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    _asdict.__qualname__ = f"{typename}._asdict"

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    __getnewargs__.__qualname__ = f"{typename}.__getnewargs__"

    class_namespace = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": new,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    # Plain functions made by exec, not closures, so the JIT compiles the field reads.
    getter_source = "".join(f"def {name}(self):\n    return self[{index}]\n" for index, name in enumerate(fields))
    exec(getter_source, namespace)
    for index, name in enumerate(fields):
        getter = namespace[name]
        getter.__qualname__ = f"{typename}.{name}"
        class_namespace[name] = property(getter, doc=f"Alias for field number {index}")

    def __setattr__(self, name, value):
        if name in fields:
            raise AttributeError("can't set attribute")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in fields:
            raise AttributeError("can't delete attribute")
        object.__delattr__(self, name)

    class_namespace["__setattr__"] = __setattr__
    class_namespace["__delattr__"] = __delattr__

    result = type(typename, (tuple,), class_namespace)
    if module is None:
        module = _caller_module_name()
    if module is not None:
        result.__module__ = module
    return result


def _caller_module_name():
    get_frame = getattr(sys, "_getframe", None)
    if get_frame is None:
        return None
    try:
        return get_frame(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None

"""Classes whose __init__, __repr__, comparisons and hash come from their annotated fields.

Written for Viper after CPython 3.11's dataclasses: the generated methods are made with exec, so their
signatures, argument errors and qualified names are those of hand-written methods.
"""

import abc
import copy
import sys
import types

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields", "asdict",
    "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"

_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    """An init-only pseudo-field: a parameter of __init__ passed on to __post_init__, never stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What dataclass knows of one field; field() makes them, fields() returns them."""

    __slots__ = (
        "name", "type", "default", "default_factory", "repr", "hash", "init", "compare", "metadata", "kw_only",
        "_field_type",
    )

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field("
            f"name={self.name!r},"
            f"type={self.type!r},"
            f"default={self.default!r},"
            f"default_factory={self.default_factory!r},"
            f"init={self.init!r},"
            f"repr={self.repr!r},"
            f"hash={self.hash!r},"
            f"compare={self.compare!r},"
            f"metadata={self.metadata!r},"
            f"kw_only={self.kw_only!r},"
            f"_field_type={self._field_type}"
            ")"
        )

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (
            "_DataclassParams("
            f"init={self.init!r},"
            f"repr={self.repr!r},"
            f"eq={self.eq!r},"
            f"order={self.order!r},"
            f"unsafe_hash={self.unsafe_hash!r},"
            f"frozen={self.frozen!r}"
            ")"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe a field beyond its annotation: its default or default factory, and which methods see it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation, typing):
    return annotation is typing.ClassVar or getattr(annotation, "__origin__", None) is typing.ClassVar


def _is_initvar(annotation, dataclasses):
    return annotation is dataclasses.InitVar or type(annotation) is dataclasses.InitVar


def _is_kw_only(annotation, dataclasses):
    return annotation is dataclasses.KW_ONLY


def _word_at(text, start):
    """The identifier-like word starting at start after any blanks, and where it ends."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[start:end], end


def _leading_names(text):
    """The optional `module.` prefix and the first name of a string annotation, as CPython's dataclasses reads them."""
    first, end = _word_at(text, 0)
    if first:
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text) and text[end] == ".":
            second, _ = _word_at(text, end + 1)
            if second:
                return first, second
    return None, first or None


def _string_names(annotation, cls, module, predicate):
    """
    Whether a string annotation names the special form, read as CPython does: a bare name is looked up in the
    class's module, `prefix.name` in the special form's module when the class's module binds prefix to it.
    """
    prefix, name = _leading_names(annotation)
    if name is None:
        return False
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    if prefix is None:
        namespace = home.__dict__
    elif home.__dict__.get(prefix) is module:
        namespace = module.__dict__
    else:
        return False
    return predicate(namespace.get(name), module)


def _annotation_is(annotation, cls, module, predicate):
    return predicate(annotation, module) or (
        isinstance(annotation, str) and _string_names(annotation, cls, module, predicate))


def _field_kind(cls, annotation):
    typing = sys.modules.get("typing")
    if typing is not None and _annotation_is(annotation, cls, typing, _is_classvar):
        return _FIELD_CLASSVAR
    if _annotation_is(annotation, cls, sys.modules[__name__], _is_initvar):
        return _FIELD_INITVAR
    return _FIELD


def _make_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        made = default
    else:
        made = field(default=default)
    made.name = name
    made.type = annotation
    made._field_type = _field_kind(cls, annotation)

    if made._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if made.default_factory is not MISSING:
            raise TypeError(f"field {made.name} cannot have a default factory")

    if made._field_type in (_FIELD, _FIELD_INITVAR):
        if made.kw_only is MISSING:
            made.kw_only = kw_only
    elif made.kw_only is not MISSING:
        raise TypeError(f"field {made.name} is a ClassVar but specifies kw_only")

    if made._field_type is _FIELD and type(made.default).__hash__ is None:
        raise ValueError(f"mutable default {type(made.default)} for field {made.name} is not allowed: use default_factory")
    return made


def _create_function(name, parameters, body, cls, namespace, return_annotation=MISSING):
    """Compile `def name(parameters): body` with the names in namespace in scope; the method of cls."""
    return_text = ""
    if return_annotation is not MISSING:
        namespace = dict(namespace, __dataclass_return_type__=return_annotation)
        return_text = " -> __dataclass_return_type__"
    names = ", ".join(namespace)
    body_text = "\n".join(f"  {line}" for line in body) if body else "  pass"
    source = f"def __create_fn__({names}):\n def {name}({', '.join(parameters)}){return_text}:\n{body_text}\n return {name}"
    scope = {}
    exec(source, {}, scope)
    function = scope["__create_fn__"](**namespace)
    function.__qualname__ = f"{cls.__qualname__}.{function.__name__}"
    return function


def _assignment(frozen, receiver, name, value):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({receiver}, {name!r}, {value})"
    return f"{receiver}.{name} = {value}"


def _init_function(cls, init_fields, std_fields, kw_only_fields, frozen, has_post_init, self_name):
    seen_default = False
    for one in std_fields:
        if one.init:
            if not (one.default is MISSING and one.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {one.name!r} follows default argument")

    namespace = {"MISSING": MISSING, "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
                 "__dataclass_builtins_object__": object}
    body = []
    for one in init_fields:
        if one.default_factory is not MISSING:
            namespace[f"__dataclass_dflt_{one.name}__"] = one.default_factory
        elif one.default is not MISSING:
            namespace[f"__dataclass_dflt_{one.name}__"] = one.default
        namespace[f"__dataclass_type_{one.name}__"] = one.type
        line = _init_field_line(one, frozen, self_name)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ", ".join(one.name for one in init_fields if one._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({initvars})")

    parameters = [self_name] + [_init_parameter(one) for one in std_fields]
    if kw_only_fields:
        parameters += ["*"] + [_init_parameter(one) for one in kw_only_fields]
    return _create_function("__init__", parameters, body, cls, namespace, return_annotation=None)


def _init_parameter(one):
    annotation = f"__dataclass_type_{one.name}__"
    if one.default is MISSING and one.default_factory is MISSING:
        return f"{one.name}:{annotation}"
    if one.default is not MISSING:
        return f"{one.name}:{annotation}=__dataclass_dflt_{one.name}__"
    return f"{one.name}:{annotation}=__dataclass_HAS_DEFAULT_FACTORY__"


def _init_field_line(one, frozen, self_name):
    default_name = f"__dataclass_dflt_{one.name}__"
    if one.default_factory is not MISSING:
        if one.init:
            value = f"{default_name}() if {one.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {one.name}"
        else:
            value = f"{default_name}()"
    elif one.init:
        value = one.name
    elif one.default is not MISSING:
        value = default_name
    else:
        return None
    if one._field_type is _FIELD_INITVAR:
        return None
    return _assignment(frozen, self_name, one.name, value)


_repr_running = set()


def _repr_function(cls, shown):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inside = ", ".join(f"{one.name}={getattr(self, one.name)!r}" for one in shown)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({inside})"

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def _tuple_text(names, receiver):
    if not names:
        return "()"
    return "(" + "".join(f"{receiver}.{name}," for name in names) + ")"


def _comparison_function(cls, name, operator, compared):
    body = [
        "if other.__class__ is self.__class__:",
        f" return {_tuple_text(compared, 'self')}{operator}{_tuple_text(compared, 'other')}",
        "return NotImplemented",
    ]
    return _create_function(name, ["self", "other"], body, cls, {})


def _hash_function(cls, hashed):
    return _create_function("__hash__", ["self"], [f"return hash({_tuple_text(hashed, 'self')})"], cls, {})


def _frozen_functions(cls, field_names):
    names_text = "(" + "".join(f"{name!r}," for name in field_names) + ")" if field_names else "()"
    condition = f"type(self) is cls or name in {names_text}"
    namespace = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    set_attribute = _create_function(
        "__setattr__", ["self", "name", "value"],
        [f"if {condition}:", ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         "super(cls, self).__setattr__(name, value)"],
        cls, namespace)
    delete_attribute = _create_function(
        "__delattr__", ["self", "name"],
        [f"if {condition}:", ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         "super(cls, self).__delattr__(name)"],
        cls, namespace)
    return set_attribute, delete_attribute


def _set_new_attribute(cls, name, value):
    """Set cls.name unless cls itself defines it; true when it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, hashed):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        return _hash_function(cls, hashed)
    if not eq or has_explicit_hash:
        return MISSING
    if frozen:
        return _hash_function(cls, hashed)
    return None


def _annotation_text(annotation):
    if isinstance(annotation, str):
        return repr(annotation)
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation)


def _signature_text(init_fields, std_fields, kw_only_fields):
    def parameter(one):
        text = f"{one.name}: {_annotation_text(one.type)}"
        if one.default is not MISSING:
            text += f" = {one.default!r}"
        elif one.default_factory is not MISSING:
            text += " = <factory>"
        return text

    parts = [parameter(one) for one in std_fields]
    if kw_only_fields:
        parts += ["*"] + [parameter(one) for one in kw_only_fields]
    return "(" + ", ".join(parts) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for one in base_fields.values():
                all_fields[one.name] = one
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, sys.modules[__name__], _is_kw_only):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only_now = True
        else:
            own_fields.append(_make_field(cls, name, annotation, kw_only_now))

    for one in own_fields:
        all_fields[one.name] = one
        if isinstance(getattr(cls, one.name, None), Field):
            if one.default is MISSING:
                delattr(cls, one.name)
            else:
                setattr(cls, one.name, one.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    field_list = [one for one in all_fields.values() if one._field_type is _FIELD]
    init_fields = [one for one in all_fields.values() if one._field_type in (_FIELD, _FIELD_INITVAR)]
    std_fields = [one for one in init_fields if one.init and not one.kw_only]
    kw_only_fields = [one for one in init_fields if one.init and one.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = "__dataclass_self__" if "self" in all_fields else "self"
        _set_new_attribute(cls, "__init__", _init_function(
            cls, init_fields, std_fields, kw_only_fields, frozen, has_post_init, self_name))

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_function(cls, [one for one in field_list if one.repr]))

    compared = [one.name for one in field_list if one.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _comparison_function(cls, "__eq__", "==", compared))

    if order:
        for name, operator in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _comparison_function(cls, name, operator, compared)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")

    if frozen:
        for function in _frozen_functions(cls, [one.name for one in field_list]):
            if _set_new_attribute(cls, function.__name__, function):
                raise TypeError(f"Cannot overwrite attribute {function.__name__} in class {cls.__name__}")

    hashed = [one.name for one in field_list if (one.compare if one.hash is None else one.hash)]
    hash_value = _hash_action(cls, unsafe_hash, eq, frozen, has_explicit_hash, hashed)
    if hash_value is not MISSING:
        cls.__hash__ = hash_value

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(init_fields, std_fields, kw_only_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(one.name for one in std_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen)

    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen):
    namespace = dict(cls.__dict__)
    if "__slots__" in namespace:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    field_names = tuple(one.name for one in getattr(cls, _FIELDS).values() if one._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    namespace["__slots__"] = tuple(name for name in field_names if name not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        cls.__getstate__ = _frozen_getstate
        cls.__setstate__ = _frozen_setstate
    return cls


def _frozen_getstate(self):
    return [getattr(self, one.name) for one in fields(self)]


def _frozen_setstate(self, state):
    for one, value in zip(fields(self), state):
        object.__setattr__(self, one.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and, as asked, ordering, hashing and freezing from the class's fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or instance of one, as a tuple of Field, ClassVars and InitVars left out."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(one for one in found.values() if one._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples and dicts; other values deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def from_fields(instance):
        return dict_factory([(one.name, _converted(getattr(instance, one.name), from_fields)) for one in fields(instance)])

    return from_fields(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's fields as a tuple, recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def from_fields(instance):
        return tuple_factory([_converted(getattr(instance, one.name), from_fields) for one in fields(instance)])

    return from_fields(obj)


def _converted(obj, from_fields):
    """obj with each dataclass instance in it, however deep in lists, tuples and dicts, made from_fields(instance)."""
    if _is_dataclass_instance(obj):
        return from_fields(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_converted(item, from_fields) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_converted(item, from_fields) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_converted(key, from_fields), _converted(value, from_fields)) for key, value in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class, its fields taken from obj except those given as keywords."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for one in getattr(obj, _FIELDS).values():
        if one._field_type is _FIELD_CLASSVAR:
            continue
        if not one.init:
            if one.name in changes:
                raise ValueError(f"field {one.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if one.name not in changes:
            if one._field_type is _FIELD_INITVAR and one.default is MISSING:
                raise ValueError(f"InitVar {one.name!r} must be specified with replace()")
            changes[one.name] = getattr(obj, one.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Make a dataclass named cls_name from (name), (name, type) or (name, type, Field) entries."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, "typing.Any"
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = annotation

    body = dict(namespace)
    body.update(defaults)
    body["__annotations__"] = annotations
    # CPython 3.11 makes the class with types.new_class, which leaves it in the module "types".
    body["__module__"] = "types"
    cls = type(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)

"""Shallow and deep copies, written for Viper.

Viper has no pickle protocol (__reduce_ex__), so instances of user classes are rebuilt the way
CPython's default reduction rebuilds them: a new object from cls.__new__ (with __getnewargs__'s
arguments when the class has them), the state from __getstate__ or the instance's __dict__ and
slots, restored through __setstate__ when defined, and a list's or dict's items when it is one.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes, range, type,
    types.FunctionType, types.BuiltinFunctionType, property,
])
_SHALLOW_BY_METHOD = frozenset([list, dict, set, bytearray])
_SHALLOW_IDENTITY = frozenset([tuple, frozenset, types.ModuleType])


def copy(x):
    """A shallow copy of x: a new container holding the same elements."""
    cls = type(x)
    if cls in _ATOMIC or cls in _SHALLOW_IDENTITY or issubclass(cls, type):
        return x
    if cls in _SHALLOW_BY_METHOD:
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied recursively, shared and cyclic parts once."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type) or cls is types.ModuleType:
        return x
    if cls is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for item_key, value in x.items():
            result[deepcopy(item_key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        if all(copied is original for copied, original in zip(items, x)):
            result = x
        else:
            result = tuple(items)
    elif cls in (set, frozenset, bytearray):
        result = cls(deepcopy(item, memo) for item in x) if cls is not bytearray else bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            result = copier(memo)
        else:
            result = _reconstruct(x, memo)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = getattr(klass, "__dict__", {}).get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _default_state(x, cls):
    instance_dict = getattr(x, "__dict__", None)
    slot_values = {}
    for name in _slot_names(cls):
        try:
            slot_values[name] = getattr(x, name)
        except AttributeError:
            pass
    if slot_values:
        return (instance_dict or None, slot_values)
    return instance_dict or None


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if not _is_user_instance(x, cls):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    get_new_args = getattr(cls, "__getnewargs__", None)
    if get_new_args is not None:
        arguments = get_new_args(x)
        if deep:
            arguments = deepcopy(arguments, memo)
        result = cls.__new__(cls, *arguments)
    else:
        result = cls.__new__(cls)
    if deep:
        memo[id(x)] = result
    get_state = getattr(cls, "__getstate__", None)
    state = get_state(x) if get_state is not None and get_state is not getattr(object, "__getstate__", None) else _default_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        set_state = getattr(result, "__setstate__", None)
        if set_state is not None:
            set_state(state)
        else:
            slot_state = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            if state:
                result.__dict__.update(state)
            if slot_state:
                for name, value in slot_state.items():
                    setattr(result, name, value)
    if isinstance(x, list):
        for item in x:
            result.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for item_key, value in x.items():
            if deep:
                result[deepcopy(item_key, memo)] = deepcopy(value, memo)
            else:
                result[item_key] = value
    elif isinstance(x, set):
        for item in x:
            result.add(deepcopy(item, memo) if deep else item)
    return result


def _is_user_instance(x, cls):
    return hasattr(x, "__dict__") or any("__slots__" in getattr(klass, "__dict__", {}) for klass in cls.__mro__)

"""Abstract base classes, written for Viper: ABCMeta, ABC, abstractmethod and virtual subclasses.

A class made by ABCMeta records the names of its abstract methods in __abstractmethods__; the core
refuses to instantiate a class whose set is not empty. isinstance() and issubclass() ask the ABC,
which answers from its __subclasshook__, its MRO and the classes registered with it or with one of
its subclasses, caching both answers until the next registration anywhere.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: a class that has it, and does not override it, cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC."""
    return ABCMeta._abc_invalidation_counter


class _abc_data:
    """One ABC's registry, caches and ABC subclasses (CPython keeps these in _abc_impl too)."""

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = ABCMeta._abc_invalidation_counter
        self.subclasses = []


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, key, None), "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _abc_data()
        for ancestor in cls.__mro__[1:]:
            impl = ancestor.__dict__.get("_abc_impl")
            if isinstance(impl, _abc_data):
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of the ABC; returns it, so this can be a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_cache_version == ABCMeta._abc_invalidation_counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative_cache).add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for registered in impl.registry:
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for derived in impl.subclasses:
            if issubclass(subclass, derived):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods after methods were added or removed; returns the class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class with ABCMeta as its metaclass: derive from it to define an ABC."""

    __slots__ = ()

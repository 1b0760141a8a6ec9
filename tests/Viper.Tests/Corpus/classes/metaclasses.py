class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", mcs.__name__, name, list(map(lambda b: b.__name__, bases)), sorted(filter(lambda k: not k.startswith("__"), ns)), kwargs)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        instance = super().__call__(*args, **kwargs)
        instance.via_meta = True
        return instance

    def describe(cls):
        return f"class {cls.__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x

    def hello(self):
        return "hello " + str(self.x)


print(type(A) is Meta, type(A).__name__, isinstance(A, Meta), isinstance(A, type), A.registered, A.describe())
a = A(5)
print(a.x, a.via_meta, a.hello(), type(a).__name__, isinstance(a, A))


class B(A, flag=True):
    pass

print(type(B) is Meta, B.registered, B(1).x)
print(A.upper_name)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="g"):
    pass


print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(other=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

Point = type("Point", (), {"x": 1, "show": lambda self: f"Point({self.x})"})
p = Point()
print(Point.__name__, p.show(), type(Point) is type, Point.x)
Sub = type("Sub", (Point,), {"y": 2})
print(Sub().show(), Sub.y, Sub.__mro__)
Dyn = Meta("Dyn", (), {"z": 3})
print(type(Dyn).__name__, Dyn.z, Dyn.registered)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns)


class C(metaclass=Ordered, extra=1):
    a = 1

print(C.injected, C.a, type(C).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")


print(Config() is Config(), repr(Config).startswith("<class"))


class Other(type):
    pass

try:
    class Mixed(A, metaclass=Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)


class MetaRepr(type):
    def __repr__(cls):
        return f"<MetaRepr {cls.__name__}>"

    def __len__(cls):
        return 7

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"


class D(metaclass=MetaRepr):
    pass

print(repr(D), D, len(D), D["int"], str(D))


class Counter(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Counter.count += 1
        cls.index = Counter.count


class E(metaclass=Counter):
    def method(self):
        return super().__class__.__name__ if False else type(self).__name__


class F(E):
    def method(self):
        return "F:" + super().method()


print(E.index, F.index, F().method(), type(F).__name__, Counter.count)


class Plain(type):
    pass


for attempt in [lambda: Plain("X"), lambda: type(), lambda: Plain("X", (), {}, 4)]:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class G(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(A.__class__ is Meta, Plain.__mro__, type(Plain) is type, Plain("Q", (), {}).__name__, type(Plain("Q", (), {})).__name__)


class Strict:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")


class Fine(Strict):
    required = 1


try:
    class Broken(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    registry = []

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        obj = cls(name)
        Base.registry.append(cls.__name__)
        return obj

    @classmethod
    def describe(cls):
        return "class " + cls.__name__

    @staticmethod
    def helper(x):
        return x + 1

    def hello(self):
        return "hello from Base " + self.name


class Derived(Base):
    def __init__(self, name):
        super().__init__(name.upper())

    @classmethod
    def describe(cls):
        return "derived " + super().describe()

    def hello(self):
        return super().hello() + " via Derived"

    def call_helper(self):
        return super().helper(10)


d = Derived.create("x")
print(d.name, type(d).__name__, Base.registry)
print(Derived.describe(), d.describe(), Base.describe())
print(d.hello(), d.call_helper())
print(super(Derived, d).hello())
print(super(Derived, Derived).describe())


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), list(map(lambda k: k.__name__, D.__mro__)))


class Loud:
    def __init__(self, word):
        self.word = word

    def __repr__(self):
        return "Loud(" + self.word + ")"


class Louder(Loud):
    def __repr__(self):
        return super().__repr__().upper()


print(Louder("hi"), repr(Loud("a")))


class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__)
        return super().__new__(cls)

    def __init__(self, x, y):
        print("init")
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, type(p).__name__)


class Singleton:
    instance = None

    def __new__(cls):
        if Singleton.instance is None:
            Singleton.instance = super().__new__(cls)
        return Singleton.instance


print(Singleton() is Singleton())


class Describe:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype):
        if obj is None:
            return "descriptor " + self.name + " on " + objtype.__name__
        return "value of " + self.name + " for " + type(obj).__name__


class UsesDescriptor:
    field = Describe()


print(UsesDescriptor.field, UsesDescriptor().field)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype):
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value < 0:
            value = 0
        setattr(obj, self.private, value)


class Account:
    balance = Positive()

    def __init__(self, amount):
        self.balance = amount


a = Account(-5)
print(a.balance, a._balance)
a.balance = 42
print(a.balance, sorted(vars(a)))

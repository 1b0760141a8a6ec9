# Private names: inside a class, __name (not ending in __) means _ClassName__name, wherever it binds or
# is looked up: attributes, class attributes, methods, parameters, locals, globals, imports, nested
# functions, lambdas, comprehensions, f-strings, match captures and __slots__.
import sys


class Account:
    __rate = 2
    __version__ = "dunder, never mangled"

    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        self.__ = "two underscores only"
        self.__tail__ = "ends in two underscores"

    def __apply(self, __amount, factor=1):
        return __amount * factor * self.__rate

    def deposit(self, amount):
        self.__balance += self.__apply(amount)
        return self.__balance

    def report(self):
        return f"{self.__owner}: {self.__balance}"

    def lookups(self):
        __local = [self.__balance for _ in range(2)]
        doubled = (lambda: self.__balance * 2)()
        return __local, doubled, sorted(locals())

    def keyword_call(self):
        return dict(__kept=1)


account = Account("ann", 10)
print(account.deposit(5), account.report(), account.lookups(), account.keyword_call())
print(sorted(vars(account)))
print(sorted(name for name in Account.__dict__ if "apply" in name or "rate" in name or "version" in name))
print(account._Account__balance, getattr(account, "_Account__owner"), hasattr(account, "__owner"))
print(Account._Account__apply.__name__, Account._Account__apply.__qualname__, Account._Account__apply.__code__.co_varnames)
try:
    account.__balance
except AttributeError as error:
    print("AttributeError:", error)


class Base:
    def __init__(self):
        self.__secret = "base"

    def base_secret(self):
        return self.__secret


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "derived"

    def derived_secret(self):
        return self.__secret


both = Derived()
print(both.base_secret(), both.derived_secret(), sorted(vars(both)))


class _Leading:
    __value = 1


class ___:
    __value = 2


print(sorted(name for name in _Leading.__dict__ if "value" in name), sorted(name for name in ___.__dict__ if "value" in name))


class Outer:
    __shared = "outer"

    class __Inner:
        __shared = "inner"

        def read(self):
            return self.__shared

    def make(self):
        return self.__Inner().read(), self.__shared


print(Outer().make(), sorted(name for name in Outer.__dict__ if "Inner" in name))


class Globals:
    def write(self):
        global __counter
        __counter = 41
        return __counter + 1


print(Globals().write(), "_Globals__counter" in globals(), "__counter" in globals())


class Imports:
    import os.path as __paths
    from sys import maxsize as __largest

    def check(self):
        return self.__paths is sys.modules["os.path"], self.__largest == sys.maxsize


print(Imports().check(), sorted(name for name in Imports.__dict__ if not name.startswith("__")))


class Other:
    def peek(self, other):
        return other.__hidden


class Holder:
    _Other__hidden = "found through the mangled name"


print(Other().peek(Holder()))
try:
    Other().peek(object())
except AttributeError as error:
    print("AttributeError:", error)


class Slotted:
    __slots__ = ("__a", "b")

    def __init__(self):
        self.__a = 1
        self.b = 2

    def total(self):
        return self.__a + self.b


print(Slotted().total(), Slotted.__slots__)


class Matcher:
    def match(self, value):
        match value:
            case [__first, *__rest]:
                return __first, __rest, sorted(name for name in locals() if "first" in name or "rest" in name)
            case {"k": __v, **__others}:
                return __v, __others
        return None


print(Matcher().match([1, 2, 3]), Matcher().match({"k": 1, "z": 2}))


class Unbound:
    def read(self):
        return __missing_name


try:
    Unbound().read()
except NameError as error:
    print("NameError:", error)


def outside_any_class():
    __plain = 3
    return sorted(locals())


print(outside_any_class())

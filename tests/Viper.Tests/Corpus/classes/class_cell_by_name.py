# The implicit __class__ cell read by name, as zero-argument super() reads it.
class A:
    def f(self):
        return __class__

    def nested(self):
        def inner():
            return __class__
        return inner()

    @staticmethod
    def static():
        return __class__

    @classmethod
    def klass(cls):
        return __class__, cls

    by_lambda = lambda self: __class__

    def gen(self):
        yield __class__
        yield __class__.__name__

    def comprehension(self):
        return [__class__.__name__ for _ in range(2)]

    def both(self):
        return __class__, super().__repr__ is not None


class B(A):
    def f(self):
        return __class__, super().f()


print(A().f(), B().f())
print(A().nested(), A.static(), B.klass(), A().by_lambda())
print(list(A().gen()), A().comprehension(), B().both())
for i in range(3):
    print(B().f())


class Early:
    def f(self):
        return __class__

    try:
        f(None)
    except NameError as e:
        print(type(e).__name__, e)


print(Early().f().__name__)


class Shadow:
    def f(self):
        __class__ = "local"
        return __class__

    def g(self, __class__):
        return __class__


print(Shadow().f(), Shadow().g(7))


def outside():
    return __class__


try:
    outside()
except NameError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)

    def describe(cls):
        return __class__.__name__, cls.__name__


class WithMeta(metaclass=Meta):
    def which(self):
        return __class__


print(WithMeta.describe(), WithMeta().which().__name__)


def hot(obj, n):
    total = 0
    for _ in range(n):
        total += obj.f() is A
    return total


print(hot(A(), 2000))

def multiplier(factor):
    def apply(x):
        return x * factor
    return apply


double = multiplier(2)
triple = multiplier(3)
print(double(7), triple(7), multiplier("ab")(3))


def rebind_parameter(value):
    def get():
        return value
    value = value * 2
    return get()


print(rebind_parameter(21))


def param_nonlocal(count):
    def bump():
        nonlocal count
        count += 1
    bump()
    bump()
    return count


print(param_nonlocal(40))


def default_and_closure(x, y=5):
    return lambda: (x, y)


print(default_and_closure(1)(), default_and_closure(1, 2)())


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def make(self, name):
        def greet():
            return f"{self.greeting}, {name}!"
        return greet


print(Greeter("Hello").make("world")())


class Base:
    def describe(self):
        return "base"


class Child(Base):
    def describe(self):
        suffix = "+child"

        def combine():
            return super(Child, self).describe() + suffix
        return combine() + "|" + super().describe()


print(Child().describe())


def outer_with_class(tag):
    class Tagged:
        label = tag

        def show(self):
            return tag + "!"
    return Tagged


T = outer_with_class("t1")
print(T.label, T().show())

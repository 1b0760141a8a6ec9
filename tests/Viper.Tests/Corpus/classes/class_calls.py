# Calling classes with a Python __init__: positional, keyword and default arguments, errors, nesting.
class Vec:
    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def build(n):
    out = []
    for i in range(n):
        out.append(Vec(i))
        out.append(Vec(i, i + 1))
        out.append(Vec(i, y=2, scale=3))
    return out


print(build(3))
args = (4, 5)
print(Vec(*args), Vec(**{"x": 1, "scale": 2}))


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total


print(chain(100), chain(100))


class Bad:
    def __init__(self):
        return 42


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print(e)


class Strict:
    def __init__(self, a):
        self.a = a


for call in (lambda: Strict(), lambda: Strict(1, 2), lambda: Strict(b=1)):
    try:
        call()
    except TypeError as e:
        print(e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(e)


class Raises:
    def __init__(self, fail):
        self.before = True
        if fail:
            raise ValueError("refused")


made = []
for fail in (False, True, False):
    try:
        made.append(Raises(fail).before)
    except ValueError as e:
        made.append(str(e))
print(made)


# An __init__ that builds more instances, and one that loops long enough to be compiled mid-call.
class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1) for _ in range(2)] if depth else []
        total = 0
        for i in range(2000):
            total += i
        self.total = total

    def size(self):
        return 1 + sum(child.size() for child in self.children)


print(Tree(4).size(), Tree(2).total)


# A class with __new__, and one whose metaclass defines __call__.
class Cached:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, tag):
        self.tag = tag


first = Cached("a")
second = Cached("b")
print(first is second, first.tag)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(7).v)


# Methods called on instances of several classes from one call site.
class Dog:
    def speak(self, times):
        return "woof" * times


class Cat:
    def speak(self, times):
        return "meow" * times


class Loud(Dog):
    def speak(self, times):
        return super().speak(times).upper()


print([animal.speak(2) for animal in [Dog(), Cat(), Loud(), Cat(), Dog()]])
m = Dog().speak
print(m(1), Dog.speak(Cat(), 1))


# A class whose __init__ takes only self, made in a loop.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return self


def stacks(n):
    return [len(Stack().push(i).push(i).items) for i in range(n)]


print(sum(stacks(50)), vars(Stack()))

# Which attribute wins, and caches that notice when the class changes under them.
class Celsius:
    def __get__(self, obj, owner):
        return None if obj is None else obj._kelvin - 273

    def __set__(self, obj, value):
        obj._kelvin = value + 273


class NonData:
    def __get__(self, obj, owner):
        return "non-data"


class Thermo:
    unit = "C"
    temp = Celsius()
    label = NonData()

    def __init__(self, t):
        self.temp = t

    @property
    def kelvin(self):
        return self._kelvin


t = Thermo(20)
for _ in range(3):
    print(t.temp, t.kelvin, t.unit, t.label, vars(t))
# An instance dict entry loses to a data descriptor, wins over a non-data one and a plain class attribute.
t.__dict__["temp"] = "shadow?"
t.__dict__["label"] = "instance label"
t.unit = "F"
for _ in range(3):
    print(t.temp, t.label, t.unit, Thermo.unit)
try:
    t.kelvin = 5
except AttributeError as e:
    print(e)


# Class attributes changed after the caches were filled.
class Counter:
    step = 1

    def bump(self, n):
        return n + self.step


def run(c):
    out = []
    for i in range(3):
        out.append(c.bump(i))
        out.append(c.step)
    return out


c = Counter()
print(run(c))
Counter.step = 10
print(run(c))
Counter.bump = lambda self, n: n * 100
print(run(c))
Counter.step = property(lambda self: -1)
print(run(c))
del Counter.step
c.step = 3
print(run(c))


# A property added to the class after instances stored the same name.
class Late:
    def __init__(self):
        self.value = "instance"


late = Late()
for _ in range(3):
    print(late.value)
Late.value = property(lambda self: "property")
for _ in range(3):
    print(late.value)
del Late.value
print(late.value)


# __getattr__, __getattribute__, __setattr__ and __delattr__, some added after first use.
class Lazy:
    def __init__(self):
        self.present = 1

    def __getattr__(self, name):
        return "computed " + name


lazy = Lazy()
for _ in range(3):
    print(lazy.present, lazy.missing)


class Audited:
    def __init__(self):
        self.a = 1

    def read(self):
        return self.a


au = Audited()
for _ in range(3):
    print(au.a, au.read())


def getattribute(self, name):
    if name == "a":
        return "intercepted"
    return object.__getattribute__(self, name)


Audited.__getattribute__ = getattribute
for _ in range(3):
    print(au.a, au.read())


def setattr_hook(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value * 2)


Audited.__setattr__ = setattr_hook
au2 = Audited()
au2.b = 5
print(object.__getattribute__(au2, "a"), au2.b)
del Audited.__getattribute__
del Audited.__setattr__
au2.b = 7
print(au2.a, au2.b)


class NoDelete:
    def __init__(self):
        self.x = 1

    def __delattr__(self, name):
        print("refusing to delete", name)


nd = NoDelete()
del nd.x
print(nd.x)


# __slots__ instances.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
for _ in range(3):
    print(s.a)
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.__dict__)
except AttributeError as e:
    print(e)

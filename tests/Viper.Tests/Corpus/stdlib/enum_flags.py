# enum.Flag and IntFlag: combining, containment, iteration, pseudo-members, boundaries, auto powers of two.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(rw))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), list(Perm(0)), repr(Perm(7)), Perm.RWX is Perm(7))
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm.RWX & ~Perm.W), repr(Perm.R ^ Perm.RWX), repr(rw & Perm.W))
print(list(Perm), len(Perm), Perm.__members__.keys(), Perm(6) is rw, rw == Perm.R | Perm.W)
print(Perm, [m.name for m in Perm.RWX], Perm.RWX.name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    1 in rw
except TypeError as e:
    print("TypeError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([(c.name, c.value) for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE))


class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4


both = Open.READ | Open.WRITE
print(repr(both), str(both), f"{both}", both + 1, both == 3, isinstance(both, int), Open.READ | 8, repr(Open.READ | 8))
print(repr(~Open.READ), repr(Open(0)), str(Open(0)), repr(Open(-1)), Open.WRITE in both, list(both), 3 & Open.READ)
print(repr(Open(16)), Open(3) is both, hash(Open.READ) == hash(1), sorted([Open.APPEND, Open.READ]))


class Conforming(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conforming(7)), repr(Conforming(4)))


class Ejecting(Flag, boundary=EJECT):
    A = 1
    B = 2


print(Ejecting(7), type(Ejecting(7)).__name__, repr(Ejecting(3)))


class Keeping(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keeping(5)))

class Flag(int): pass
class Name(str): pass
class C(float): pass
f = Flag(255)
print(hex(f), bin(Flag(5)), oct(f), round(f), type(round(f)).__name__, round(C(2.567), 2), type(round(C(2.5))).__name__)
print(divmod(C(7.5), 2), pow(Flag(2), Flag(10)), Flag(7) // C(2.0), chr(Flag(65)), ord(Name("a")), int(Name("42")), float(Name("1.5")))
print(Name("a,b").split(","), Name("x").join(["1", "2"]), Name("abc")[::-1], type(Name("abc")[::-1]).__name__)
print(isinstance(Flag(1), Flag), issubclass(Flag, int), Flag.__mro__, Flag.__bases__, Flag(3).__class__.__name__)
print([1, 2, 3].index(Flag(2)), {1, 2} == {Flag(1), Flag(2)}, Flag(1) in {1: 0}, 1.5 in {C(1.5)})
print(f"{Flag(3)!r} {Name('q')!r} {C(0.1)!r}", str(C(1e300)), repr(Flag(-0)), Name("%s-%d") % ("a", Flag(3)))
import math
print(math.isclose(C(1.0), 1.0), math.fabs(C(-2)), math.pow(Flag(2), 3), math.ceil(C(1.2)), math.floor(Flag(4)))
print(sorted({Name("b"): 1, Name("a"): 2}.items()), max([C(1), 2, Flag(3)]), min(Name("b"), "a"))
x = Flag(5)
x += 1
print(x, type(x).__name__)
s = Name("ab")
s += "c"
print(s, type(s).__name__, s * 0 == "", Name("A").lower(), Name("  a ").strip(), type(Name("a").strip()).__name__)
print(C(2.5).as_integer_ratio(), Flag(6).bit_count())
print(bool(Name("")), bool(C(0.0)), not Flag(0), Flag(0) or "empty", len(Name("héllo")))
class Weird(int):
    def __lt__(self, other):
        return True
print(Weird(5) < 1, sorted([Weird(3), Weird(1)]), 1 > Weird(5))
class F(int):
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
class S(str):
    def __int__(self):
        return 7
class G(float):
    def __float__(self):
        return 9.0
class Idx:
    def __index__(self):
        return 3
print(int(F(5)), float(F(5)), int(S("1")), float(S("1.5")), float(G(1.0)), type(float(G(1.0))).__name__, int(G(3.7)), float(Idx()), int(Idx()))
class Plain:
    def __int__(self):
        return 11
    def __float__(self):
        return 1.25
print(int(Plain()), float(Plain()))

# A sweep of everyday builtins and methods, one line each.
t = (1, 2, 2, 3)
print(t.count(2), t.index(3))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(range(5))), divmod(-7, 2), round(2.675, 2), abs(-3.5))
print("a,b,,c".split(","), " x ".strip(), "abc".center(9, "*"), "ab".zfill(5))
print(list(enumerate("ab", start=1)), dict(zip("ab", [1, 2])), any([]), all([]))
import math
print(math.isqrt(99), math.comb(5, 2), f"{math.pi:.3f}")
d = {}
d.setdefault("k", []).append(1)
print(d, d.pop("k"), d)
s = {1, 2}
s |= {3}
print(s, frozenset([1]) | {2})
print(" ".join(map(str, filter(lambda x: x % 2, range(10)))))
print(isinstance(True, int), type(1.0).__name__, (1).bit_length(), (10).__str__())
print(bin(10), hex(255), oct(8), int("ff", 16), float("1e3"), chr(65), ord("A"))
print(max([3, 1, 2], key=lambda x: -x), min("bca"), sum([0.1] * 10))
x = [3, 1, 2]; x.sort(reverse=True); print(x, x.copy(), x.index(1))
print(repr("it's"), ascii("é"), str(b"ab"), bytes([65, 66]))
print(hash((1, 2)) == hash((1, 2)), id(x) == id(x), callable(len))
print(getattr(x, "append") is not None, hasattr(1, "real"))
print([i * j for i in range(3) for j in range(3) if i != j])
print(next(iter([]), "default"), list(iter(lambda: 1, 1)))
print("%s-%d-%.2f" % ("a", 3, 2.5), "{0}{1}{0}".format("x", "y"))
print(int(3.9), int(-3.9), 7 // -2, -7 % 3, 2 ** -1, 10 ** 20)
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), pow(3, 4, 5))
print(sorted([(1, "b"), (1, "a")]), "abc"[::-1], [1, 2, 3][-2:])
print(object().__class__.__name__, type(None).__name__, NotImplemented, Ellipsis)
print(f"{'x':>5}|{3.14159:08.3f}|{1234567:,}|{255:#x}|{0.5:%}")
class P:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(P().a)
import sys
print(isinstance([], (list, tuple)), issubclass(bool, int), vars(type("X", (), {"q": 1}))["q"])

# A builtin base earlier in the MRO than a mixin supplies the special methods it has itself, as in CPython.
class Named:
    def __hash__(self):
        return 12345

    def __eq__(self, other):
        return "mixin eq"

    def __str__(self):
        return "Named.__str__"

    def __len__(self):
        return 99

    def describe(self):
        return f"{type(self).__name__} {self!r}"


class Level(int, Named):
    pass


class Tag(str, Named):
    pass


class Items(list, Named):
    pass


level = Level(3)
print(hash(level) == hash(3), level == 3, str(level), level.describe())
tag = Tag("ab")
print(hash(tag) == hash("ab"), tag == "ab", str(tag), len(tag), tag.describe())
items = Items([1, 2])
print(items == [1, 2], len(items), str(items), items.describe())
try:
    hash(items)
except TypeError as e:
    print("TypeError:", e)


class First(Named, int):
    pass


first = First(3)
print(hash(first), str(first), len(first))
print(int.__repr__(level), int.__str__(level), float.__str__(2.5), int.__str__(True), str.__str__(tag), "__str__" in int.__dict__)


class Shown(int):
    def __repr__(self):
        return "Shown!"


print(str(Shown(4)), repr(Shown(4)), int.__repr__(Shown(4)), f"{Shown(4)}", format(Shown(4), "03"))

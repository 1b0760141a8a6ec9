# Identity (`is`) and the identity test dict, set and list lookups make before equality: inline
# ints and floats, big ints, bools, None, NaN, objects whose __eq__ denies equality, and the type of
# each kind of value. Hot loops so the compiled code and the tiered runtime helpers run too.


class Never:
    """Equal to nothing, itself included: only identity finds it in a container."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return False

    def __hash__(self):
        return 7

    def __repr__(self):
        return f"Never({self.tag})"


class Adder:
    def __add__(self, other):
        return f"Adder + {other!r}"

    def __radd__(self, other):
        return f"{other!r} + Adder"

    def __len__(self):
        return 3

    def __repr__(self):
        return "Adder"


def identities():
    a = 5
    b = a
    big = 2**70
    big_copy = big
    print("ints", a is b, a is not b, big is big_copy, big is not big_copy)
    x = 1.5
    y = x
    print("floats", x is y, x is not y)
    nan = float("nan")
    print("nan", nan is nan, nan == nan, nan in {nan}, nan in [nan], [nan].count(nan), {nan: 1}.get(nan))
    print("None", None is None, a is None, x is None, big is None)
    print("bools", True is True, (a == 5) is True, (a == 6) is False)


def lookups(rounds):
    squares = {i: i * i for i in range(-50, 50)}
    evens = frozenset(range(-50, 50, 2))
    found = missed = 0
    for _ in range(rounds):
        for k in range(-60, 60):
            if k in evens:
                found += 1
            else:
                missed += 1
            found += squares.get(k, 0)
    print("int keys", found, missed)

    mixed = {1: "int one", 2.5: "float", 2**70: "big", "s": "str", None: "none", (1, 2): "tuple"}
    for key in (1, True, 1.0, 2.5, 2**70, 2**70 + 0, "s", None, (1, 2), 0, -0.0, 3):
        print(repr(key), mixed.get(key, "missing"), key in set(mixed))
    zeros = {0.0: "zero"}
    print("signed zeros", zeros[-0.0], -0.0 in {0.0}, 0 in zeros, False in zeros)

    first, second = Never(1), Never(2)
    bag = {first, second}
    print("never", first in bag, second in bag, Never(3) in bag, first in [second, first], [first, first].count(first))
    table = {first: "first"}
    print("never dict", table.get(first), table.get(Never(1), "not found"), first == first)
    print("list index", [second, first].index(first), (first, second).count(second))


def operators(rounds):
    adder = Adder()
    total = 0
    for i in range(rounds):
        total += i + 1
    print("ints", total, 1 + adder, adder + 1, 2.5 + adder, adder + adder, len(adder))
    print("types", type(5).__name__, type(2.5).__name__, type(2**70).__name__, type(None).__name__, type(adder).__name__, type(True).__name__)


identities()
for _ in range(3):
    lookups(50)
operators(2000)

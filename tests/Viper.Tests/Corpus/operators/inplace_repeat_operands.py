"""x *= y where x is not a sequence: CPython repeats a sequence on the right into a new object only when the left operand's type has no sequence methods at all (ints, floats, None); instances of classes, dicts, sets, ranges and dict views get the "*=" TypeError. The right operand is never changed."""

class Plain:
    pass

class WithRmul:
    def __rmul__(self, other):
        return ("rmul", type(other).__name__)

class Num(int):
    pass

def attempt(left, right):
    x = left
    try:
        x *= right
        return repr(x)
    except TypeError as error:
        return "TypeError: " + str(error)

cases = [
    (Plain(), "ab"), (Plain(), [1]), (Plain(), (1,)), (Plain(), b"x"),
    (3, "ab"), (True, "ab"), (None, "ab"), (2.5, "ab"), (Num(2), "ab"),
    ({}, "ab"), (set(), "ab"), (frozenset(), [1]), (range(3), "ab"), ({}.keys(), "ab"),
    ([1], 2), ("ab", 3), (3, [1]), (2, WithRmul()), ("ab", WithRmul()), (Plain(), WithRmul()),
    (bytearray(b"x"), 2), ({}.values(), [1]), (print, "ab"), (len, [1]),
]
for left, right in cases:
    print(type(left).__name__, type(right).__name__, attempt(left, right))
    try:
        print("  binary:", repr(left * right))
    except TypeError as error:
        print("  binary: TypeError:", error)

shared = [1, 2]
x = 2
x *= shared
print(shared, x, x is shared)
text = "ab"
y = 3
y *= text
print(text, y)
own = [0]
alias = own
own *= 3
print(alias, own is alias)

# & | ^ on bools give bools; with an int on either side they give ints; flags accumulated in loops
# (`changed |= step()`) stay bools across every tier; a class's reflected operator still answers a
# bool on the left.
pairs = [(a, b) for a in (False, True) for b in (False, True)]
for a, b in pairs:
    print(a, b, a & b, a | b, a ^ b, type(a & b).__name__, type(a | b).__name__, type(a ^ b).__name__)

print(True | 2, 2 | True, True & 3, 3 ^ True, False ^ 0, type(True | 0).__name__, type(0 | True).__name__)
print(True | 2.0 if False else "no float bitwise")
try:
    True | 1.5
except TypeError as error:
    print("TypeError:", error)
try:
    False & "x"
except TypeError as error:
    print("TypeError:", error)


def accumulate(values):
    changed = False
    every = True
    odd = False
    for v in values:
        changed |= v > 3
        every &= v > 0
        odd ^= v % 2 == 1
    return changed, every, odd, type(changed).__name__


for _ in range(3):
    print(accumulate([1, 2, 3]), accumulate([5, -1, 2]), accumulate([]))


class Flag:
    def __init__(self, name):
        self.name = name

    def __ror__(self, other):
        return f"{other!r} | {self.name}"

    def __rand__(self, other):
        return NotImplemented


print(True | Flag("f"), False | Flag("g"))
try:
    True & Flag("h")
except TypeError as error:
    print("TypeError:", error)

flags = True
flags |= False
flags ^= True
print(flags, type(flags).__name__, (True).__or__(False), (True).__xor__(1), bool.__and__(True, True))

# str + str takes a shortcut for exact strs; everything else must still behave as CPython's +.

class Loud(str):
    def __add__(self, other):
        return "Loud.add(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "Loud.radd(" + other + "|" + str(self) + ")"


class Plain(str):
    pass


def grow(left, right):
    left += right
    return left


def add(left, right):
    return left + right


for _ in range(3):
    print(add(Loud("a"), "b"), add("a", Loud("b")), grow("x", Loud("y")), grow(Loud("x"), "y"))
    joined = add(Plain("p"), "q")
    print(joined, type(joined).__name__, type(add("q", Plain("p"))).__name__)
    print(type(grow(Plain("p" * 70), "q" * 10)).__name__, type(add(Plain("z"), "")).__name__)

# An empty operand gives back the other operand itself, as in CPython.
long_text = "w" * 100
print(add(long_text, "") is long_text, add("", long_text) is long_text)

# Non-str operands raise CPython's TypeError, whichever side they are on.
for left, right in [("s", 1), ("s", None), ("s", 2.5), ("s", b"b"), ("s", ["l"]), (1, "s"), (None, "s"), ([1], "s")]:
    for operation in (add, grow):
        try:
            operation(left, right)
        except TypeError as error:
            print(operation.__name__, type(left).__name__, type(right).__name__, error)

text = "t" * 80
try:
    text += 3
except TypeError as error:
    print(error)
print(len(text))

# Hash, equality and identity of strs built by concatenation.
built = ""
for i in range(50):
    built += "k" + str(i % 10)
literal = "".join("k" + str(i % 10) for i in range(50))
print(built == literal, hash(built) == hash(literal), len(built))
copy = built
built += "!"
print(copy == literal, built == literal + "!", built is copy, copy is copy)

# Concatenated strs as dict keys and set members, looked up by equal strs made other ways.
table = {}
key = ""
for i in range(70):
    key += chr(ord("a") + i % 26)
    table[key] = i
probe = "".join(chr(ord("a") + i % 26) for i in range(70))
print(table[probe], probe in table, len(table))
print(table["abc"], "abcd" in table, "abcde" + "fghij" in table)
members = {key, key + "x", "y" + key}
print(probe in members, probe + "x" in members, "y" + probe in members, len(members))

# Indexing, slicing, searching and iterating a concatenated str.
s = ""
for i in range(100):
    s += str(i % 10)
print(s[0], s[-1], s[57], s[10:20], s[::-7], s[95:200], s[-3:])
print(s.find("789"), s.rfind("0123"), s.count("5"), s.index("90"), s.startswith("0123"), s.endswith("789"))
print(s.upper() == s, s.replace("0", "-")[:21], s.split("9")[:3])
print(sum(1 for c in s if c == "3"), list(reversed(s))[:4], sorted(set(s)))
try:
    s[100]
except IndexError as error:
    print(error)

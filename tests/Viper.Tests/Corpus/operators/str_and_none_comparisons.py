# == and ordering of strs, and == with None, as values and as conditions, in hot loops: exact strs
# compare by code point; a str subclass's own methods decide for it (these answer the opposite of
# str's); None equals only itself unless a class says otherwise; ordering None is a TypeError.
class Loud(str):
    def __eq__(self, other):
        return ""

    def __lt__(self, other):
        return 0

    __hash__ = str.__hash__


class Quiet(str):
    pass


class AlwaysEqual:
    def __eq__(self, other):
        return True


class NeverDecides:
    def __eq__(self, other):
        return NotImplemented


def compare_all(pairs):
    out = []
    for a, b in pairs:
        out.append((a == b, a != b, a == None, None == b, b != None))
    return out


def order_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append((a < b, a <= b, a > b, a >= b))
        except TypeError as error:
            out.append(str(error))
    return out


texts = ["", "a", "ab", "b", "Ab", "\U0001F600", "\uffff", "a\U0001F600", "a\uffff", "é", "e\u0301"]
pairs = [(x, y) for x in texts for y in texts]
for _ in range(3):
    result = compare_all(pairs)
print(result)
for _ in range(3):
    ordered = order_all(pairs)
print(ordered)

others = [(Loud("a"), "a"), ("a", Loud("a")), (Quiet("a"), "a"), ("b", Quiet("a")), (None, None),
          (None, 0), (0, None), (None, 0.0), (None, ""), (None, ()), (AlwaysEqual(), None),
          (None, AlwaysEqual()), (NeverDecides(), None), (None, NeverDecides()), (False, None),
          (None, [None]), ([None], [None]), ("1", 1), (1, "1")]
for _ in range(3):
    mixed = [(a == b, a != b) for a, b in others]
print(mixed)


def conditions(pairs):
    out = []
    for a, b in pairs:
        row = ""
        if a == b:
            row += "eq "
        if a != b:
            row += "ne "
        if a == None:
            row += "a-none "
        if None == b:
            row += "none-b "
        try:
            if a < b:
                row += "lt "
            if a >= b:
                row += "ge"
        except TypeError as error:
            row += type(error).__name__
        out.append(row)
    return out


for _ in range(3):
    rows = conditions(pairs + others)
print(rows)
print(order_all([(Loud("a"), "b"), ("b", Loud("a")), (Quiet("a"), "b"), ("b", Quiet("a")),
                 (None, None), (None, 1), (1, None), ("a", None), ("a", 1), (1, "a")]))

# Subscripts whose index is a variable: lists and tuples from both ends, bools as indices, and
# strings and dicts through the same instruction.
def read(seq, indexes):
    out = []
    for i in indexes:
        out.append(seq[i])
    return out


print(read([10, 20, 30], [0, 2, -1, -3, True, False]))
print(read(("a", "b"), [1, -2, -1]))
print(read("héllo", [0, -1, 1]))
print(read({0: "zero", -1: "minus one", 1.5: "float"}, [0, -1, 1.5, False]))
big = [0] * 5
i = -5
big[i] = "first"
print(big, big[i], big[len(big) - 1])

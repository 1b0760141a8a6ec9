print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "viper" if c not in "aeiou"])
print([w for w in "the quick brown fox".split() if len(w) > 3])
print([[row * 3 + col for col in range(3)] for row in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print([x if x > 2 else -x for x in range(5)])
print([len(s) for s in ["a", "bb", "", "dddd"]])
print([k for k in {"b": 1, "a": 2}], [v for v in {"b": 1, "a": 2}.values()])
print([item for item in (3, 1, 2)], [t for t in [(1, 2), (3, 4)]])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([x for x in []], [x for x in range(3) if False])
print([x for x in sorted({5, 3, 9})])
print(sum([x for x in range(101)]), max([abs(x - 7) for x in range(10)]))
print([i for i in range(3)] + [j * 10 for j in range(2)])


def in_function(n):
    return [i * n for i in range(n)]


print(in_function(4))


def nested_function_comprehension(words):
    return [[ch for ch in word if ch != "a"] for word in words]


print(nested_function_comprehension(["banana", "apple"]))
print([str(x) for x in range(3)][::-1], [x for x in range(10)][2:5])

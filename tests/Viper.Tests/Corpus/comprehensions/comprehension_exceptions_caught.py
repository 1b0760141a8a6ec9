def safe_inverses(values):
    try:
        return [1 / v for v in values]
    except ZeroDivisionError as error:
        return "caught: " + str(error)


print(safe_inverses([1, 2, 4]))
print(safe_inverses([1, 0]))


def lookup_all(table, keys):
    try:
        return {k: table[k] for k in keys}
    except KeyError as error:
        return "missing " + repr(error.args[0])


print(lookup_all({"a": 1, "b": 2}, "ab"))
print(lookup_all({"a": 1}, "ab"))

try:
    {x for x in [[1, 2]]}
except TypeError as error:
    print("TypeError:", error)

try:
    [y for y in None]
except TypeError as error:
    print("TypeError:", error)

results = []
for attempt in range(3):
    try:
        results.append([10 // (i - attempt) for i in range(3)])
    except ZeroDivisionError:
        results.append("zero at " + str(attempt))
print(results)

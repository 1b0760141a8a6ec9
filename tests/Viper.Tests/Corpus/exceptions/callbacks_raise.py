# Exceptions crossing builtins that call back into Python code.
def key(x):
    if x == 3:
        raise ValueError("bad item " + str(x))
    return -x

try:
    print(sorted([1, 2, 3, 4], key=key))
except ValueError as e:
    print("sorted raised", e)

def safe_key(x):
    try:
        return key(x)
    except ValueError:
        return 0

print(sorted([1, 2, 3, 4], key=safe_key))

def mapper(x):
    return 10 // x

try:
    print(list(map(mapper, [5, 2, 0, 1])))
except ZeroDivisionError as e:
    print("map raised", e)

def checker(x):
    try:
        return 10 // x > 2
    except ZeroDivisionError:
        return False

print(list(filter(checker, [5, 2, 0, 1])))
print(max([3, 1, 2], key=lambda v: -v))
try:
    max([3, "a", 2])
except TypeError as e:
    print("max raised", e)

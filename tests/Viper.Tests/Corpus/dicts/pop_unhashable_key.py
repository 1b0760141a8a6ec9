"""dict.pop on an empty dict answers before hashing the key, as CPython's does: an unhashable key is a KeyError there and a TypeError in a dict with items."""

def attempt(f):
    try:
        return repr(f())
    except Exception as error:
        return type(error).__name__ + ": " + str(error)

print(attempt(lambda: {}.pop([1])))
print(attempt(lambda: {}.pop([1], "default")))
print(attempt(lambda: {1: 2}.pop([1])))
print(attempt(lambda: {1: 2}.pop([1], "default")))
print(attempt(lambda: {}.pop(1)))
print(attempt(lambda: {1: 2}.pop(1)))

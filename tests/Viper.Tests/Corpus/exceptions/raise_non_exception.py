# Raising something that is not an exception is a TypeError.
for thing in [1, "text", None, int]:
    try:
        raise thing
    except TypeError as e:
        print(repr(thing), "->", e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("x")
    except 5:
        print("never")
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("x")
    except (KeyError, "y"):
        print("never")
except TypeError as e:
    print(e)
print("raising a string")
raise "oops"

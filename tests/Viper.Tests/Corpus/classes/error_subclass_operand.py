class Flag(int):
    pass


class Name(str):
    pass


try:
    Name("a") + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < Name("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(type("E", (str,), {"__eq__": lambda s, o: True})("x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    -Name("a")
except TypeError as e:
    print(type(e).__name__, e)
print(Flag(2) + "x")

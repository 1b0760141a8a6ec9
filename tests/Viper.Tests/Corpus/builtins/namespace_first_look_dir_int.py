# The first look into a builtin type's namespace is dir(int): int's own methods, those it gets
# from object, and bool's through int, each installed on that first look.
names = dir(int)
print(len(names) > 40, "__add__" in names, "bit_length" in names, "__init_subclass__" in names)
print("to_bytes" in dir(bool), "__and__" in dir(bool), "append" in dir(int))
print(int.__add__(2, 3), bool.__and__(True, False), (5).bit_length(), True.bit_length())
print(int.__or__(True, 2), bool.__or__(True, False), int.__repr__(7))
print(sorted(n for n in dir(float) if not n.startswith("_"))[:4])
print(dir(object) == sorted(dir(object)), "__repr__" in dir(object))
try:
    int.nope
except AttributeError as e:
    print(e)
try:
    (3).append(1)
except AttributeError as e:
    print(e)
print(hasattr(int, "bit_length"), hasattr(bool, "nope"), getattr(int, "nope", "default"))

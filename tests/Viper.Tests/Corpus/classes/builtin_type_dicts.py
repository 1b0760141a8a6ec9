# A builtin type's __dict__ holds its own methods, not its bases'; vars() of a type is the same.
print("bit_length" in int.__dict__, "__add__" in int.__dict__, "__init_subclass__" in int.__dict__)
print("append" in list.__dict__, "append" in vars(list), "upper" in str.__dict__)
print(object.__dict__["__repr__"] is object.__repr__, str.__dict__["upper"])
print("__repr__" in bool.__dict__, "bit_length" in bool.__dict__)
print(int.__dict__["bit_length"](255), list.__dict__["append"])
print(sorted(k for k in dict.__dict__ if not k.startswith("_")))
print(sorted(k for k in set.__dict__ if not k.startswith("_")))
for cls in (int, str, list, dict, object, type):
    try:
        cls.__dict__["nothing"]
    except KeyError as e:
        print(cls.__name__, "KeyError:", e)


class Mine(list):
    def extra(self):
        return 1


print("extra" in Mine.__dict__, "append" in Mine.__dict__, "append" in list.__dict__)
print([c.__name__ for c in Mine.__mro__ if "append" in c.__dict__])

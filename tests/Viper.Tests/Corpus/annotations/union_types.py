# X | Y between types (types.UnionType): reprs, flattening, equality, isinstance and issubclass.
print(int | str, int | None, None | int, list[int] | None, int | list[int], int | str | float)
print(int | int, (int | str) | float, int | (str | float), int | str | int)
union = int | str
print(type(union), union.__args__, union.__parameters__, (int | None).__args__)
print(int | str == str | int, int | str == int | float, (int | str) == int, hash(int | str) == hash(str | int))
print({int | str: 1}[str | int])


class Base:
    pass


class Derived(Base):
    pass


print(Base | Derived, Derived | None)
print(isinstance(3, int | str), isinstance("s", int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(isinstance(True, (str, int | None)), issubclass(bool, str | int), issubclass(Derived, Base | None), issubclass(float, int | str))
print(isinstance(3, int | list[int]))
kind = int
kind |= str
print(kind)
for bad in ("int | 3", "3 | int", "None | None", "'a' | str", "isinstance('x', int | list[int])",
            "issubclass(3, int | str)", "(int | str).nope", "(int | str) + 1", "(int | str)()"):
    try:
        print(eval(bad))
    except (TypeError, AttributeError) as error:
        print(f"{bad}: {type(error).__name__}: {error}")


def accepts(value: int | float | None = None) -> str | None:
    return None if value is None else str(value)


print(accepts(), accepts(2), accepts.__annotations__)


import types

print(types.GenericAlias, types.UnionType, isinstance(list[int], types.GenericAlias), type(int | None) is types.UnionType)
print(isinstance(int | str, types.UnionType), isinstance(int, types.UnionType), types.GenericAlias.__name__, types.UnionType.__module__)

# typing: the aliases, special forms, TypeVar/Generic and the helpers, as scripts use them.
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator,
                    List, Literal, Mapping, Optional, Sequence, Set, Tuple, Type, TypeVar, Union,
                    cast, get_args, get_origin, get_type_hints, overload, NoReturn, Annotated,
                    DefaultDict, Deque, Counter, TYPE_CHECKING, AnyStr, Text)
import typing
import collections

print(List, List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int, str])
print(Optional[Union[int, str]], Union[Union[int, str], float], Union[int, str | None])
print(Callable[[int, str], bool], Callable[..., Any], Callable[[], None], Callable)
print(Any, ClassVar[int], Final[str], Literal["a", 1, True], NoReturn, Type[int], Set[bytes], FrozenSet[int])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, Any], DefaultDict[str, int], Deque[int], Counter[str])
print(Optional["Node"], List["Node"], Annotated[int, "meters"], Annotated[Annotated[int, 1], 2])
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(TYPE_CHECKING, Text is str, AnyStr, AnyStr.__constraints__)
print(get_origin(List[int]), get_origin(Optional[int]), get_origin(Callable[[int], str]), get_origin(int), get_origin(list[int]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(int))
print(List[int].__origin__, List[int].__args__, Union[int, str].__args__, Tuple[int, ...].__args__)

print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Iterable), isinstance(3, Iterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), isinstance(len, Callable), isinstance(3, Union[int, str]))
print(isinstance(None, Optional[int]), isinstance(2.5, Optional[int]))
for check in (lambda: isinstance([], List[int]), lambda: isinstance(3, Any), lambda: issubclass(int, Dict[str, int]),
              lambda: isinstance(1, Literal[1]), lambda: isinstance(1, Optional)):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
for make in (lambda: List(), lambda: List[int](), lambda: Any(), lambda: Union(), lambda: Optional[int, str],
             lambda: Dict[int], lambda: List[int, str], lambda: Union[()], lambda: Callable[int, str],
             lambda: List[3], lambda: NoReturn[int], lambda: int[str] if False else Tuple[int][str]):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(Deque[int]([1, 2]), DefaultDict[str, int](int)["x"], Counter("aab"))

T = TypeVar("T")
K = TypeVar("K", str, bytes)
V_co = TypeVar("V_co", covariant=True)
N = TypeVar("N", bound=int)
print(T, K, V_co, TypeVar("C", contravariant=True), N.__bound__, K.__constraints__, T.__name__)
print(List[T], Dict[K, T], List[T][int], Dict[K, List[T]][str, float], List[T].__parameters__)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, s.__orig_class__)
print(Stack.__mro__, Stack.__orig_bases__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)
for bad in (lambda: Pair[int], lambda: Generic[int], lambda: Generic[T, T], lambda: Stack[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__parameters__, IntStack().items)


class Node:
    value: int
    next: Optional["Node"] = None
    tags: ClassVar[List[str]] = []


def scale(values: List[float], factor: "float" = 2.0) -> List[float]:
    return [v * factor for v in values]


print(get_type_hints(Node))
print(get_type_hints(scale), scale.__annotations__)
print(cast(int, "not really"), cast("List[int]", 3))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"))
print(typing.Hashable, typing.AbstractSet[int], typing.MutableMapping[str, int], typing.Generator[int, None, None])


def takes(f: Callable[[int], int], xs: Iterable[int]) -> Iterator[int]:
    return map(f, xs)


for _ in range(200):
    out = list(takes(lambda v: v + 1, [1, 2, 3]))
print(out)

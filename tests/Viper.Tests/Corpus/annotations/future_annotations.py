"""Annotations kept as their source text under the future import."""
from __future__ import annotations

import __future__
import typing

print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.all_feature_names[-1])
print(annotations is __future__.annotations, annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)

x: int = 1
undefined_name_is_fine: DoesNotExist
spaced: dict[str,   list[int]]
print(__annotations__)


class Node:
    value: int
    children: list[Node] = []
    parent: Node | None = None
    weight: "float"

    def add(self, child: Node, *rest: Node, key: str = "k", **opts: typing.Any) -> Node:
        return child


print(Node.__annotations__)
print(Node.add.__annotations__)
print(typing.get_type_hints(Node.add))
print(typing.get_type_hints(Node))


def forms(
    a: a.b.c,
    b: f(x, *y, k=1, **z),
    c: x[1:2, ::3, 4],
    d: x[()],
    e: x[1,],
    f: -1 ** -2,
    g: (-1) ** 2,
    h: not a and b or c,
    i: (a or b) and c,
    j: a if b else c,
    k: (a if b else c) if d else e,
    l: lambda: 0,
    m: lambda p, /, q=1, *r, s, t=2, **u: p,
    n: [1, 2.5, 1e100, 1e-7, 3j, 1.5j],
    o: {1: 2, **d},
    p: {1, 2},
    q: (1,),
    r: (1, 2),
    s: [i for i in range(3) if i if not i],
    t: {k: v for k, v in x},
    u: (i async for i in x),
    v: f(i for i in x),
    w: "it's",
    y: 'say "hi"',
    z: b"\x00\n'",
    aa: a < b <= c is not d not in e,
    ab: a + b * c - (d - e) // f % g @ h,
    ac: a << b >> c & d ^ e | f,
    ad: ~a + +b - -c,
    ae: 1 .real,
    af: 1.0.real,
    ag: ...,
    ah: None,
    ai: True,
    aj: f"{a!r:>{width}} and {{braces}} {b=}",
    am: 10**400,
    an: 1e400,
    ao: [*a, *b],
    ap: a[b][c](d).e,
    aq: (a, b)[0],
    ar: "tab\tnew\nline\u00e9\u200b",
) -> typing.List[int]:
    pass


for name, text in forms.__annotations__.items():
    print(name, "=", text)


def only_return() -> None: ...


def nothing(a, b=2): ...


print(only_return.__annotations__, nothing.__annotations__)


class Target:
    pass


t = Target()
t.attr: NotEvaluated = 5
t.other: AlsoNot
d = {}
d["k"]: NeverLooked = 3
(parenthesized): NotEither = 4
print(t.attr, d, parenthesized, "parenthesized" in __annotations__)


def local_annotations():
    inner: NeverEvaluated = 1
    return inner


print(local_annotations())

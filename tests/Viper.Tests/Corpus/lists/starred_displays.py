# * and ** inside list, tuple, set and dict displays: order, later keys winning, and CPython's errors.
a = [1, 2]; b = (3, 4); s = "xy"
print([*a, *b], [0, *a, 5, *s, 6], [*range(3)], [*{}, *()])
print((*a, *b), (*a,), (0, *b, 9), type((*a,)).__name__)
print({*a, *b, 2}, {0, *s} == {0, "x", "y"}, {*()})
d = {"k": 1, "z": 0}
print({**d}, {"a": 0, **d, "k": 5}, {**d, "k": 2, **{"z": 9}}, {"k": 0, **d})
class M:
    def keys(self): return ["m", "n"]
    def __getitem__(self, k): return k * 2
print({**M(), "m": 1})
x = [1]
x = [*x, *x]
print(x)
def gen(): return iter([7, 8])
print([*gen()], (*gen(),))
for bad in ["[*1]", "(*1,)", "{*1}", "{**1}", "{**[1]}", "[*a, *None]"]:
    try:
        eval_result = None
        if bad == "[*1]": [*1]
        elif bad == "(*1,)": (*1,)
        elif bad == "{*1}": {*1}
        elif bad == "{**1}": {**1}
        elif bad == "{**[1]}": {**[1]}
        else: [*a, *None]
    except TypeError as e:
        print(bad, "TypeError:", e)
print([*[[]] * 2])
def f(*args, **kw): return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))

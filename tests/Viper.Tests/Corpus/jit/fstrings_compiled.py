# f-strings in compiled functions: conversions, specs (nested ones too), __format__ and the
# formatting errors, as the VM formats them.
class P:
    def __init__(self, x): self.x = x
    def __format__(self, spec): return f"P<{self.x}:{spec}>"
    def __repr__(self): return f"P({self.x!r})"

def label(i, value, width):
    return f"{i:>{width}}|{value!r}|{value!s}|{value!a}|{value}|{i:05.1f}|{P(i)}|{P(i):xy}|{P(i)!r:>12}|{'é'!a}"

for i in range(3):
    print(label(i, "é" * i, 4))
def bad(v):
    return f"{v:d}"
try:
    bad("s")
except ValueError as e:
    print(e)
try:
    bad(x := 1.5)
except ValueError as e:
    print(e)

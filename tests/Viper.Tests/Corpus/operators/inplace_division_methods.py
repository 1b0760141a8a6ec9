# In-place division operators on a class reach its __ifloordiv__/__itruediv__/__imod__, in the VM and in compiled code.
class Acc:
    def __init__(self): self.log = []
    def __ifloordiv__(self, o): self.log.append("ifloordiv"); return self
    def __itruediv__(self, o): self.log.append("itruediv"); return self
    def __imod__(self, o): self.log.append("imod"); return self
    def __floordiv__(self, o): return "floordiv"
    def __truediv__(self, o): return "truediv"
    def __mod__(self, o): return "mod"
def work(a):
    a //= 2
    a /= 2
    a %= 2
    return a
a = Acc()
for i in range(40):
    r = work(a)
print(r is a, a.log[-3:], len(a.log))


def divide_builtins(x):
    x //= 3
    x /= 2
    x %= 5
    return x


for i in range(40):
    last = divide_builtins(i + 100)
print(last)
for divisor_case in ("x //= 0", "x /= 0", "x %= 0.0"):
    try:
        exec("def f(x):\n    " + divisor_case + "\n    return x\nfor i in range(40):\n    f(i)")
    except ZeroDivisionError as error:
        print(divisor_case, "->", error)

# Direct calls read their callee without the globals dict while no function that compiled code
# calls directly has left a dict entry since compile time (a version that only such stores move).
# Every way the version moves, and that the calls then see the new binding (or, where Python
# evaluates the callee before the arguments, the old one): rebinding the global from outside and
# from inside the recursion (STORE_GLOBAL in the VM and in compiled code, globals()[...], setattr
# on the module, del, dict.clear, pop, update), rebinding between the callee's read and its call,
# a binding set back to the same function, a watched function replaced in an ordinary dict or
# attribute (the version moves with nothing rebound), functions defined again, and an overflow
# between the callee's read and its call.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(40):
    fib(k % 12)
print("start", fib(20))

original_fib = fib


def double_fib(n):
    return 2 * original_fib(n)


fib = double_fib
print("global rebound", original_fib(10), fib(10))
fib = original_fib
print("bound back", fib(15))

fib = fib
print("same function", fib(15))

globals()["fib"] = lambda n: -n
print("globals item", original_fib(6))
globals()["fib"] = original_fib
print("globals item back", fib(16))

setattr(sys.modules[__name__], "fib", lambda n: 100)
print("module attribute", original_fib(5))
sys.modules[__name__].fib = original_fib
print("module attribute back", fib(17))

globals().update(fib=lambda n: 7)
print("update", original_fib(4))
globals().update(fib=original_fib)


def rebinding_fib(n):
    global fib
    if n == 5:
        fib = lambda m: 1000
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(40):
    rebinding_fib(k % 4)
fib = rebinding_fib
print("rebound inside the recursion", rebinding_fib(8))
fib = original_fib
print("after", fib(12))


def deleting_fib(n):
    global fib
    if n == 3:
        del fib
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(40):
    deleting_fib(k % 3)
fib = deleting_fib
try:
    deleting_fib(6)
except NameError as error:
    print("deleted inside the recursion:", error)
fib = original_fib
print("defined again", fib(10))


def popping_fib(n):
    if n == 4:
        globals().pop("fib")
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for k in range(40):
    popping_fib(k % 4)
fib = popping_fib
try:
    popping_fib(7)
except NameError as error:
    print("popped:", error)
fib = original_fib


def rebind_and_return(n):
    global fib
    fib = lambda m: "new"
    return n


def callee_before_arguments(n):
    # fib is read before its argument rebinds it: Python calls the old one.
    return fib(rebind_and_return(n))


for k in range(40):
    fib = original_fib
    callee_before_arguments(k % 5)
fib = original_fib
print("callee read before the argument's rebinding", callee_before_arguments(9), fib(9))
fib = original_fib


def add(a, b):
    return a + b


def total(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t


for k in range(40):
    total(10)
print("total", total(100))
handlers = {"add": add}
handlers["add"] = None
print("watched function replaced in an ordinary dict", total(100), fib(18))


class Holder:
    pass


holder = Holder()
holder.callback = fib
holder.callback = None
print("replaced in an attribute", fib(18), total(50))
table = {"f": add, "g": fib}
table.clear()
print("cleared dict", fib(19), total(60))

add = lambda a, b: a * 0 + b - 1
print("add rebound", total(10))


def add(a, b):
    return a + b + 1


print("add defined again", total(10))

exec("def fib(n):\n    return n * 1000\n")
print("exec defines fib again", original_fib(6))
fib = original_fib


def countdown(n, floor):
    # n - 1 overflows between the callee's read and its call: the generic version makes the call.
    if n < floor:
        return n
    return countdown(n - 1, floor)


for k in range(40):
    countdown(k % 5, 0)
print("overflow between read and call", countdown(-2**63 + 2, -2**63 - 3))


def clear_and_call(f):
    globals().clear()
    return f(5)


try:
    clear_and_call(original_fib)
except NameError as error:
    print("cleared globals:", error)

# Rebinding a name in the builtins module (same key, new value) is seen by code that already ran,
# in the VM, in compiled code and in loops compiled mid-run; so is a global that shadows it.
import builtins

original_abs = builtins.abs
original_len = builtins.len


def once():
    return abs(-1), len("ab")


def looped(n):
    total = 0
    for i in range(n):
        total += abs(-i) + len("abc")
    return total


print(once(), looped(3))
for _ in range(300):
    once()
    looped(5)
builtins.abs = lambda x: 100
print(once(), looped(3))
builtins.len = lambda x: -1
print(once(), looped(3))
builtins.abs = original_abs
builtins.len = original_len
print(once(), looped(3))
abs = lambda x: "global"
print(once(), looped(0))
del abs
print(once(), looped(2))
del builtins.abs
try:
    once()
except NameError as e:
    print(type(e).__name__, e)
builtins.abs = original_abs
print(once(), looped(4))


def rebound_mid_loop(n):
    out = []
    for i in range(n):
        if i == n // 2:
            builtins.abs = lambda x: -7
        out.append(abs(-i))
    builtins.abs = original_abs
    return out


print(rebound_mid_loop(6))
print(rebound_mid_loop(2000)[998:1003])

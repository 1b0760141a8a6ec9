def mod3(x):
    return x % 3
nums = list(range(20))
print(sorted(nums, key=mod3))
print(sorted(nums, key=mod3, reverse=True))
def neg_mod3(x):
    return -(x % 3)
print(sorted(nums, key=neg_mod3))
big = []
i = 0
while i < 300:
    big.append((i * 7919) % 101)
    i += 1
def tens(x):
    return x // 10
s = sorted(big, key=tens)
ok = True
i = 1
while i < len(s):
    if tens(s[i - 1]) > tens(s[i]):
        ok = False
    i += 1
print(ok, len(s))
print(sorted(big) == sorted(sorted(big, reverse=True)))
t = sorted(big)
print(t[0], t[1], t[150], t[299])
desc = list(range(100, 0, -1))
desc.sort()
print(desc[0], desc[50], desc[99])
calls = []
def key_logged(x):
    calls.append(x)
    return x
sorted([3, 1, 2], key=key_logged)
print(calls)
flags = [True, False, 1, 0, True, 0.0]
print(sorted(flags))
print(sorted(flags, reverse=True))

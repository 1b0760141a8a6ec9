# Slices of list, tuple, str (by code point), range and bytes: bounds, negative steps, clamping.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[:-3], xs[1:8:3], xs[8:1:-2], xs[100:], xs[-100:2], xs[5:2])
t = tuple(xs)
print(t[1:4], t[::-3], t[:], t[:] is t)
s = "hello, world"
print(s[:5], s[7:], s[::-1], s[1::2], s[-5:-1], s[:0], s[20:], repr(s[5:5]))
u = "a😀b😀c"
print(u[1:4], u[::-1], u[::2], len(u[1:]))
r = range(0, 20, 3)
print(r[1:4], r[::-1], r[2:], list(r[1:5:2]), range(10)[::-2])
b = b"abcdef"
print(b[1:3], b[::-1])
ys = [0, 1, 2, 3, 4, 5]
ys[1:3] = ["a", "b", "c"]
print(ys)
ys[:] = ys
print(ys)
ys[::2] = [9, 9, 9, 9]
print(ys)
del ys[1:3]
print(ys)
del ys[::2]
print(ys)
zs = list(range(10))
del zs[::-3]
print(zs)
zs[2:2] = (7, 7)
print(zs)
zs[5:] = "xy"
print(zs)
zs[-1:-4:-1] = [1, 2, 3]
print(zs)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1).indices(5), slice(0, 10, 3).indices(5), slice(-100, 100).indices(7))
print(xs[sl], xs[slice(None, 3)], "abcdef"[slice(1, None, 2)])
print(xs[True:3], xs[10**30:], xs[-10**30:2], xs[::10**30])
a, b2 = 1, 4
print(xs[a:b2], xs[a:], xs[:b2])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][1:], m[0][:-1])

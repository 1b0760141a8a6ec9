# Slice assignment and deletion on lists: growing, shrinking, extended slices, self-assignment.
xs = list(range(8))
xs[2:4] = []
print(xs)
xs[0:0] = [-2, -1]
print(xs)
xs[len(xs):] = [100, 101]
print(xs)
xs[1:-1] = xs
print(xs, len(xs))
ys = list(range(10))
ys[::3] = "abcd"
print(ys)
ys[::-4] = (1, 2, 3)
print(ys)
ys[8:2] = ["in"]
print(ys)
ys[-100:2] = range(3)
print(ys)
del ys[:]
print(ys)
zs = list(range(12))
del zs[1::4]
print(zs)
del zs[100:]
print(zs)
del zs[::-1]
print(zs)
ws = [1, 2, 3]
ws[1:2] = {"k": 1, "j": 2}
print(ws)
ws[:] = "xyz"
print(ws)
grid = [[0, 0, 0], [0, 0, 0]]
grid[0][1:] = [5, 6]
print(grid)
i, j = 1, 3
vs = list("abcdef")
vs[i:j] = vs[j:i:-1]
print(vs)

x = float('nan')
y = float('nan')
print(x in [x], y in [x], x in [y], x == x)
items = [x, 1, y]
print(items.count(x), items.count(y), items.index(y), items.index(1))
items.remove(y)
print(len(items), items.index(x))
print([x] == [x], [x] == [y], (x,) == (x,))
d = {x: 1}
print(x in d, y in d, len({x: 1, y: 2}))

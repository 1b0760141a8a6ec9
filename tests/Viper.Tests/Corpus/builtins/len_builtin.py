print(len(''), len('abc'), len('😀é'))
print(len([]), len([1, [2, 3]]))
print(len({}), len({'a': 1, 'b': 2}))
print(len(range(10)), len(range(0)), len(range(10, 0, -3)), len(range(2 ** 40)))
print(len((1, 2, 3)))
d = {'x': 1}
print(len(d.keys()), len(d.values()), len(d.items()))

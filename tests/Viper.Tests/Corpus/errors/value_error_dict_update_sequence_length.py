d = {}
d.update([(1, 2), 'ab'])
print(d)
d.update([(3, 4), (5,)])

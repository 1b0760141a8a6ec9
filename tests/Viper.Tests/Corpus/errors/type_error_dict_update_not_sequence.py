d = {}
d.update([[1, 2]])
print(d)
d.update([(3, 4), 5])

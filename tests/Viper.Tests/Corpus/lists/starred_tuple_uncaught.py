items = [1]
print((0, *items, *len(items)))

d = {1: 'a'}
print(d[1.0], d[True])
print(d[1.5])

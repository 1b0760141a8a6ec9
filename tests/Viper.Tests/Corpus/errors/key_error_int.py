d = {1: 'one'}
print(d[1], d.get(42))
print(d[42])

d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k)
total = 0
for v in d.values():
    total += v
print(total)
for k, v in d.items():
    print(k, '->', v)
inv = {}
for k, v in d.items():
    inv[v] = k
print(inv)
count = 0
for k in {}:
    count += 1
print(count)
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
for k in squares:
    squares[k] = -squares[k]
print(squares)

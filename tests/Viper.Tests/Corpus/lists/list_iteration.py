total = 0
for x in [1, 2, 3, 4]:
    total += x
print(total)
for x in []:
    print('never')
nested = [[1, 2], [3], []]
for row in nested:
    for v in row:
        print(v, end=' ')
    print('|')
a = [1, 2, 3]
for x in a:
    if x == 2:
        a.append(99)
    if len(a) > 5:
        break
print(a)
b = [10, 20, 30]
for item in b:
    item += 1
print(b)
i = 0
for v in [5, 6, 7]:
    i += 1
print(i, v)
for v in list(range(3)):
    print(v)

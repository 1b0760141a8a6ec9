for i in range(5):
    print(i, end=' ')
print()
for i in range(2, 8):
    print(i, end=' ')
print()
for i in range(0, 20, 5):
    print(i, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(-5, -10, -1):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(5, 5):
    print('never')
for i in range(5, 0):
    print('never')
for i in range(0, 5, -1):
    print('never')
print(list(range(10, -10, -7)))
print(list(range(-3)), list(range(1, 2)), list(range(2 ** 64, 2 ** 64 + 3)))
print(len(range(0, 100, 7)), len(range(10, 0, -2)), len(range(5, 5)))
print(range(10)[3], range(10)[-1], range(0, 20, 3)[2], range(10, 0, -2)[-1])
print(range(5), range(1, 5), range(1, 5, 2), range(5, 0, -1))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))

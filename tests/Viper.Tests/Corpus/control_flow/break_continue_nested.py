for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print(i, j)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = [a, b]
            break
    if found:
        break
print(found)
n = 0
while True:
    n += 1
    if n < 5:
        continue
    if n > 7:
        break
    print('n', n)
print('end', n)

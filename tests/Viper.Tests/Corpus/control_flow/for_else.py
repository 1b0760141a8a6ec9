def find(target, values):
    for v in values:
        if v == target:
            print('found', target)
            break
    else:
        print('not found', target)

find(3, [1, 2, 3, 4])
find(9, [1, 2, 3, 4])
find(1, [])
for c in 'abc':
    pass
else:
    print('for-else after full iteration, c =', c)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print('inner never completes')
    print('outer', i, j)
else:
    print('outer completes')

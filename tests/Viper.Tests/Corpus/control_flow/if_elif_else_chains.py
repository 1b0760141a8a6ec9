def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 10, 99, 100, 2 ** 70]:
    print(n, classify(n))

x = 7
if x:
    print('truthy int')
if '':
    print('never')
elif []:
    print('never')
else:
    print('else branch')
if x > 5:
    if x > 6:
        print('nested inner')
    else:
        print('nested else')
if x == 7: print('one-line if')

print('1 2 3'.split(' '))
print('1 2 3'.split(2))

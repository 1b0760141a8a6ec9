print('a,b,c'.split(',', 1))
print('a,b,c'.split(',', 1, 2))

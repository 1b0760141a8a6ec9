print('abc'.find('c', 1))
print('abc'.find('c', 1.0))

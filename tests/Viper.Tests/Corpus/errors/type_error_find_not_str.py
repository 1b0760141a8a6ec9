print('abc'.find('c'))
print('abc'.find(None))

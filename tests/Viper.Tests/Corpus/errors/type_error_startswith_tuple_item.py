print('abc'.endswith(('c', 1)))
print('abc'.startswith(('x', 1)))

print('abc'.startswith(('x', 'a')))
print('abc'.startswith(97))

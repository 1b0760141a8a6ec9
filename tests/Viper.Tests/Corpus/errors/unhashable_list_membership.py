d = {'a': 1}
print('a' in d)
print([1] in d)

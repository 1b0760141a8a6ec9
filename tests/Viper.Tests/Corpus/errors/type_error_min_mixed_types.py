print(min([1, 2.5]))
print(min([1, 'a']))

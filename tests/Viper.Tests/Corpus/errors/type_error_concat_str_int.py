s = 'abc'
print(s + 'd')
print(s + 1)

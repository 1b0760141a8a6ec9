s = 'text'
print(s)
print(s('arg'))

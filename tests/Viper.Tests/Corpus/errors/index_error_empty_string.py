s = ''
print(len(s))
print(s[0])

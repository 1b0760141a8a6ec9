d = {}
print(d.get('a'))
d.add('a')

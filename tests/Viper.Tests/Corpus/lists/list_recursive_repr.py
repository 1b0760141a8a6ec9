a = [1]
a.append(a)
print(a)
print(len(a))
b = [a, 2]
print(b)
c = []
d = [c]
c.append(d)
print(c)
print(d)
e = {'self': None}
e['self'] = e
print(e)
f = [e]
e['list'] = f
print(f)
print(repr(a), str(a))

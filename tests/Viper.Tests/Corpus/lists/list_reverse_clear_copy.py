a = [1, 2, 3, 4]
print(a.reverse(), a)
b = a.copy()
b.append(5)
print(a, b, a == b, b is a)
inner = [[1], [2]]
shallow = inner.copy()
shallow[0].append(9)
print(inner, shallow)
alias = a
a.clear()
print(a, alias, len(alias))
e = []
e.reverse()
print(e, e.copy())
one = ['x']
one.reverse()
print(one)
c = list(range(5))
c.reverse()
c.reverse()
print(c)

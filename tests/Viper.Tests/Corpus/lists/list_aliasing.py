a = [1, 2, 3]
b = a
b.append(4)
print(a)
b[0] = 'changed'
print(a)
c = a + []
c.append('copy only')
print(a, c)
def add(lst):
    lst.append('from function')
add(a)
print(b)
outer = [[1], [2]]
inner = outer[0]
inner.append(10)
print(outer)
x = y = []
x.append(1)
print(y, x is y)
e = [1]
f = e
e += [2]
print(f, e is f)
e = e + [3]
print(f, e, e is f)
g = [1]
h = g
g *= 3
print(h)

a = [1, 2, 3]
a.extend([4, 5])
a.extend((6,))
a.extend('ab')
a.extend(range(7, 9))
a.extend({'k': 1, 'j': 2})
print(a)
b = [1, 2]
b.extend(b)
print(b)
b.extend([])
print(b, len(b))
c = [1, 2, 1.0, True, 3, 1]
print(c.count(1), c.count(True), c.count(2), c.count('1'), c.count(None))
print(c.index(1), c.index(1, 1), c.index(1, 3), c.index(3, -3), c.index(1, -1, 6), c.index(1, -100, 100))
c.remove(1)
print(c)
c.remove(1.0)
print(c)
c.remove(True)
print(c)
d = [[1], [2], [1]]
d.remove([1])
print(d, d.index([1]), d.count([2]))
e = [None, 0, '', False]
print(e.index(None), e.index(0), e.index(''), e.index(False))

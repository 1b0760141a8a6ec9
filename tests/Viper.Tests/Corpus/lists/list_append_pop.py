a = []
a.append(1)
a.append('two')
a.append([3])
print(a, len(a))
print(a.pop())
print(a)
print(a.pop(0))
print(a)
a = [1, 2, 3, 4, 5]
print(a.pop(-1), a)
print(a.pop(-2), a)
print(a.pop(1), a)
print(a.pop(), a.pop(), a)
r = a.append(9)
print(r, a)
s = [1]
s.append(s)
print(s)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
y = None
print(x is y)
d = {}
e = d
e['k'] = 1
print(d, d is e)
print(1 == True, 0 == False, 1.0 == True)
print(True == 'True', None == [], [] == [], {} == {})

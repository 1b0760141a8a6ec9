a = []
b = a
c = []
print(a is b, a is c, a is not c)
print(None is None, True is True, False is False)
x = 'text'
y = x
print(x is y)
def f():
    return None
print(f() is None, f() is not None)
lst = [None, 0, False, '']
for v in lst:
    print(repr(v), v is None, v == None, v is False, v == False)

def double(x):
    return x * 2

def square(x):
    return x * x

def apply(f, v):
    return f(v)

d = double
print(d(21))
print(apply(square, 7), apply(double, 'ab'))
ops = [double, square]
for op in ops:
    print(op(5))
table = {'d': double, 's': square}
print(table['s'](9))
print(type(double))
print(double is d, double == square)
p = print
p('via alias', 1, sep='-')
l = len
print(l([1, 2, 3]))
def compose_apply(f, g, x):
    return f(g(x))
print(compose_apply(double, square, 3))

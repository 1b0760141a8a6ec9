def trace(label, value):
    print('eval', label)
    return value

def add3(a, b, c):
    return a + b + c

print(add3(trace('a', 1), trace('b', 2), trace('c', 3)))
print(trace('left', 10) - trace('right', 3))
lst = [trace('x', 1), trace('y', 2)]
d = {trace('k1', 'a'): trace('v1', 1), trace('k2', 'b'): trace('v2', 2)}
print(lst, d)
print(trace('p1', 'A'), trace('p2', 'B'), sep=trace('sep', '|'))

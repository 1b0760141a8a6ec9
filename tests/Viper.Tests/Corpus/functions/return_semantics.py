def early(x):
    if x > 0:
        return 'positive'
    elif x < 0:
        return 'negative'
    print('zero path')

print(early(5))
print(early(-5))
print(early(0))

def first_even(values):
    for v in values:
        if v % 2 == 0:
            return v
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))

def while_return():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(while_return())

def returns_list():
    return [1, 2]
r = returns_list()
r.append(3)
print(r, returns_list())

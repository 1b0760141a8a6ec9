# next() on a map or filter whose function raised StopIteration raises that exception itself;
# loops and list() take it as the end.

def stop_with(value):
    raise StopIteration(value)

m = map(stop_with, [1, 2])
try:
    next(m)
except StopIteration as error:
    print("map:", repr(error), error.args, error.value)
# The map goes on with its source's next item.
try:
    next(m)
except StopIteration as error:
    print("again:", repr(error))
try:
    next(m)
except StopIteration as error:
    print("exhausted:", repr(error))
print(next(map(stop_with, [1]), "default"))
print(list(map(stop_with, [1, 2])))

def keep_small(x):
    if x > 2:
        raise StopIteration("big", x)
    return True

f = filter(keep_small, [1, 2, 3, 4])
print(next(f), next(f))
try:
    next(f)
except StopIteration as error:
    print("filter:", repr(error))
print(list(filter(keep_small, [1, 5])))

def firsts(n):
    got = []
    for i in range(n):
        try:
            got.append(next(map(stop_with, [i])))
        except StopIteration as error:
            got.append(error.value)
    return got

for _ in range(3):
    print(firsts(5))

def square(x):
    return x * x
def add(a, b):
    return a + b
def is_even(n):
    return n % 2 == 0
print(list(map(square, [1, 2, 3])), list(map(add, [1, 2, 3], [10, 20])), list(map(str, range(3))))
print(list(map(len, ['a', 'bb', ''])), list(map(abs, (-1, 2, -3))))
print(list(filter(is_even, range(10))), list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0])))
print(list(filter(len, ['', 'x', ''])))
calls = []
def logged(x):
    calls.append(x)
    return x
m = map(logged, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(type(map(len, [])), type(filter(None, [])), map, filter)
print(any([]), any([0, '', None]), any([0, 1]), any('a'), any([False, True]))
print(all([]), all([1, 'a', [0]]), all([1, 0]), all(''), all(range(1, 5)), all(range(0, 5)))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 3, 5])), seen)
seen.clear()
print(all(map(check, [3, 1, 5])), seen)
print(sum(map(square, range(5))), max(map(len, ['a', 'abc', 'ab'])))

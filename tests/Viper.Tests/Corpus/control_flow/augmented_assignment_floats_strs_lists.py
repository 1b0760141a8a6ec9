f = 1.5
f += 1
print(f)
f *= 2
print(f)
f -= 0.5
print(f)
f /= 2
print(f)
f //= 0.5
print(f)
f %= 2.5
print(f)
f **= 2
print(f)
s = 'ab'
s += 'cd'
print(s)
s *= 2
print(s)
a = [1]
alias = a
a += [2, 3]
print(a, alias, a is alias)
a += 'xy'
print(alias)
a *= 2
print(alias)
b = [1]
alias_b = b
b = b + [2]
print(b, alias_b)
d = {'k': [0]}
d['k'] += [1]
print(d)
n = [5, 6]
n[0] += 10
n[-1] **= 2
print(n)

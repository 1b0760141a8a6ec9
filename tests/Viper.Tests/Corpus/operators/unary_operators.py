x = 5
print(-x, +x, ~x, not x)
print(-(-x), ~~x, not not x)
f = 2.5
print(-f, +f, not f)
print(-0.0, +(-0.0), -(0.0))
print(-True, +True, ~True, +False)
print(- 2 ** 64, ~(2 ** 64), ~-(2 ** 64 + 1))
print(not '', not 'a', not [], not None, not 0.0)
b = -x
b = -b
print(b)
print(- - - 1, + + 1, ~ ~ 7)

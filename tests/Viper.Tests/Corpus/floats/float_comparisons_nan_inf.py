nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < nan, nan > nan)
print(nan == 0, nan < 0, nan > 0, nan <= inf, nan >= -inf)
print(inf == inf, inf > 1e308, -inf < -1e308, inf > -inf)
print(inf == float('inf'), -inf == float('-inf'))
print(inf - 1 == inf, inf * 2 == inf, -inf * -1 == inf)
print(0.0 == -0.0, 0.0 < -0.0, -0.0 < 0.0)
print(1 < nan < 2, nan in [1.0, 2.0])
lst = [nan]
print(lst == lst, [nan] == [nan], lst[0] == lst[0])
d = {nan: 'x'}
print(len(d), nan in d)
print(1e308 < inf, 1.7976931348623157e+308 * 1.0000001)

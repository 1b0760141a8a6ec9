a = [1, 'two', 3.0, None, [4]]
print(1 in a, 'two' in a, 3 in a, None in a, [4] in a)
print(2 in a, 'three' in a, 4 in a)
print(True in [1], 1.0 in [True], 0 in [False])
print('x' not in a, 1 not in a)
print(float('nan') in [float('nan')])
n = float('nan')
print(n in [n])
print([] in [[]], [[]] in [[[]]])

print('this must not run')
[a, b] += 1

print('this must not run')
x = (1 + 2
y = 3

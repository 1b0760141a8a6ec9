print('before the error')
x = 5
y = x(1, 2)

print('before the error')
x = [1] < 3

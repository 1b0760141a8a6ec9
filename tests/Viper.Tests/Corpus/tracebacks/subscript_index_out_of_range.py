print('before the error')
l = [1, 2]
x = l[5]

print('before the error')
l = [1]
l[5] = 3

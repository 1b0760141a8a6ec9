print('before the error')
x = -"a"

print('before the error')
x = "a"
x += 1

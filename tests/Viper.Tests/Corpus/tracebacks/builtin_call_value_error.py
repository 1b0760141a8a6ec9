print('before the error')
x = int("abc")

print('before the error')
x = 2 ** "a"

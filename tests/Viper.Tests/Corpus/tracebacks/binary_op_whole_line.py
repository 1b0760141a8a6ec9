print('before the error')
1/0

print('before the error')
x = 10
print(x // 0)

print('before the error')
x = 1
print(x + 1 + "a")

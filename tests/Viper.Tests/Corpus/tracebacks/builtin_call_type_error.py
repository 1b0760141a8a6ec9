print('before the error')
print(len(5))

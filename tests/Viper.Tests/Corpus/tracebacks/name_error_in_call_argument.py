print('before the error')
print(undefined_name)

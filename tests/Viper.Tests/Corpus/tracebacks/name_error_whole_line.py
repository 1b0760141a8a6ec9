print('before the error')
undefined_name

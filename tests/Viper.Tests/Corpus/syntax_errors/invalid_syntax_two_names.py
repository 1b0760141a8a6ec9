print('this must not run')
x = a b

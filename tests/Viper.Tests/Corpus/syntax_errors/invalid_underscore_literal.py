print('this must not run')
x = 1__000

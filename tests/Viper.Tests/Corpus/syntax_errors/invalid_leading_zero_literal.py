print('this must not run')
x = 012

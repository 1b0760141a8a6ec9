print('this must not run')
1 = x

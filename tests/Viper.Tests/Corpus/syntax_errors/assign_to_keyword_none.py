print('this must not run')
None = 1

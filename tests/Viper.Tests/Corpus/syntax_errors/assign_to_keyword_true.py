print('this must not run')
True = 0

print('this must not run')
if x = 1:
    pass

print('this must not run')
if True
    print('x')

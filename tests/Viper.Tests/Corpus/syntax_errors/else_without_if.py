print('this must not run')
else:
    pass

print('this must not run')
g = lambda a=1, b: a

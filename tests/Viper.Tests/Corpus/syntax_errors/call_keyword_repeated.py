print('this must not run')
f(*items, key=1, key=2)

print('this must not run')
def f(*args=()):
    pass

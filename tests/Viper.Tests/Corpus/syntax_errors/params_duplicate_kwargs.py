print('this must not run')
def f(*args, **args):
    pass

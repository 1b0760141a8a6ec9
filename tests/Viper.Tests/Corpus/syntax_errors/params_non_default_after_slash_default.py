print('this must not run')
def f(a=1, /, b):
    pass

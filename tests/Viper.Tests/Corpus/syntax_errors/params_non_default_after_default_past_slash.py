print('this must not run')
def f(a, /, b=1, c):
    pass

print('this must not run')
def f(a, *, a):
    pass

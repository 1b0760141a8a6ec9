print('this must not run')
def f(*, a, /):
    pass

print('this must not run')
def f(a, *args, /):
    pass

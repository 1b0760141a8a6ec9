print('this must not run')
def f(*, a, *b):
    pass

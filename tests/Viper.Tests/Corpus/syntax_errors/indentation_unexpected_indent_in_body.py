print('this must not run')
def f():
    a = 1
        b = 2
    return a

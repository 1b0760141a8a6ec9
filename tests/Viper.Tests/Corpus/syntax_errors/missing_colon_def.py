print('this must not run')
def f()
    return 1

print('this must not run')
def f(**kwargs, *args):
    pass

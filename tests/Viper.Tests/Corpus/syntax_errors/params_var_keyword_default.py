print('this must not run')
def f(**kwargs={}):
    pass

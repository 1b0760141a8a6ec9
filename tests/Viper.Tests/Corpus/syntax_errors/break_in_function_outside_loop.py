print('this must not run')
def f():
    break

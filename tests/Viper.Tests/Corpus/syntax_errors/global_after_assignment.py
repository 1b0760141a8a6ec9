print('this must not run')
def f():
    y = 2
    global y

print('this must not run')
x = 0
def f():
    print(x)
    global x
    x = 1

print('before the error')
def f(x):
    return x + "a"

def g():
    return f(1) * 2

g()

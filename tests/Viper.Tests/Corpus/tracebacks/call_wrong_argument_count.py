print('before the error')
def f(a):
    return a

f(1, 2)

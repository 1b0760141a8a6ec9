print('before the error')
def foo():
    return 1/0
foo()   

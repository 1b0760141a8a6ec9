print(None)
x = None
print(x is None, x is not None, x == None, x != None)
print(repr(None), str(None), type(None))
print([None, None])
print({None: None})
def f():
    pass
print(f())
def g():
    return
print(g())
r = print('inner')
print(r)
print(None == 0, None == False, None == '')
print(bool(None), not None)

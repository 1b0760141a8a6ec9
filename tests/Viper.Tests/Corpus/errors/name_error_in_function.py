def f():
    return undefined_name * 2

print('calling f')
f()

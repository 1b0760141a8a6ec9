def f():
    pass
r = f()
print(r)
print(r[0])

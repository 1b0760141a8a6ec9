print('before the error')
x = 5
y = x.foo(1)

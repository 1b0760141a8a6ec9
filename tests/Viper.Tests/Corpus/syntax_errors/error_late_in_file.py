print('this must not run')
def ok(a):
    return a + 1

print(ok(1))
x = ok(2
print(x)

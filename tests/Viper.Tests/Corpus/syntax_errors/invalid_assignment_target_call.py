print('this must not run')
f() = 3

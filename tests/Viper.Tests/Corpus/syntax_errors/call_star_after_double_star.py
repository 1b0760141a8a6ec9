print('this must not run')
f(**options, *rest)

print('this must not run')
if True:
	x = 1
        y = 2

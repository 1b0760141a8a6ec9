print('this must not run')
x = 0xZZ

print('partial line', end='')
x = [][1]

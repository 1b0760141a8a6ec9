print('xax'.strip('x'))
print('xax'.strip(120))

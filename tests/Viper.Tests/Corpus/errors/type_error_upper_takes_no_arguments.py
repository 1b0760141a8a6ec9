print('abc'.upper())
print('abc'.upper('x'))

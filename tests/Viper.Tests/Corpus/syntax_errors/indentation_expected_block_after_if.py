if True:
print('body not indented')

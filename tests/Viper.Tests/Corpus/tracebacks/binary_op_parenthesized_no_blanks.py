print('before the error')
a = 1
b = (a)+"s"

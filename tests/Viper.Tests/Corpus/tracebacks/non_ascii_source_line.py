print('before the error')
é = 1
print("é" + é)

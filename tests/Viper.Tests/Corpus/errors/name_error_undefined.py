print('before')
x = 1
print(x + 1)
print(y)
print('never')

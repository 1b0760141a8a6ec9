def empty():
    pass

for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
print(empty(), i)
x = 1
if x:
    pass
    print('after pass')

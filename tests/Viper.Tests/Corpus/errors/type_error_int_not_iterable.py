print('looping')
for i in 5:
    print(i)

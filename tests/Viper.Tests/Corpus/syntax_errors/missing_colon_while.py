print('this must not run')
while True
    break

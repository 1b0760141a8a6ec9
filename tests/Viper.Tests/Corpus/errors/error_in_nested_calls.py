def level3(x):
    return x // 0

def level2(x):
    return level3(x) + 1

def level1(x):
    print('level1 got', x)
    return level2(x) * 2

print('start')
level1(5)

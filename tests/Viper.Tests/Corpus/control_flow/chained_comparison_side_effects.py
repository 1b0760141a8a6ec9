def mid(v):
    print('mid called')
    return v

def right(v):
    print('right called')
    return v

print(1 < mid(2) < 3)
print(1 < mid(0) < right(3))
print(5 > mid(3) > right(1))
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4)
print(1 == 1.0 == True, 1 < 2 == 2, 3 > 2 != 2)
x = 5
print(0 <= x < 10, 0 <= x < 5, 1 < x > 4)
print('a' < 'b' < 'c', [1] < [2] < [3])
print(2 in [1, 2] in [[1, 2]])

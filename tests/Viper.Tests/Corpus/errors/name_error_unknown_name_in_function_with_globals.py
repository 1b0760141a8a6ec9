def f():
    print('in f')
    return score + 1

total_points = 5
print(total_points)
f()

grid = {}
for r in range(2):
    for c in range(3):
        grid[(r, c)] = r * 10 + c
print(grid)
print(grid[(1, 2)], grid[1, 0])
print((0, 0) in grid, (5, 5) in grid)
for k, v in grid.items():
    r, c = k
    print(r, c, v)
d = {(1, 'a'): 'x'}
d[1, 'a'] = 'y'
print(d)
print({(1, 2): 1} == {(1.0, 2): 1})

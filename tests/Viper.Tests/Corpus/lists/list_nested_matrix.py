grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
print(grid[2][3], grid[-1][-1], grid[1][-2])
for row in grid:
    print(row)
t = []
for c in range(4):
    col = []
    for r in range(3):
        col.append(grid[r][c])
    t.append(col)
print(t)
grid[0][0] = 'x'
print(grid[0])

# N-queens: the number of ways to place n non-attacking queens on an n-by-n board, for n = 4 to 12, by backtracking.


def place(n, row, columns, rising, falling):
    # columns, rising and falling mark the columns and the two diagonal directions already attacked.
    if row == n:
        return 1
    found = 0
    for col in range(n):
        up = row + col
        down = row - col + n - 1
        if columns[col] or rising[up] or falling[down]:
            continue
        columns[col] = True
        rising[up] = True
        falling[down] = True
        found += place(n, row + 1, columns, rising, falling)
        columns[col] = False
        rising[up] = False
        falling[down] = False
    return found


def queens(n):
    return place(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


# n = 13 alone takes five times as long as 4..12; two rounds of 4..12 bring CPython's run over a second.
for round in range(2):
    total = 0
    for n in range(4, 13):
        count = queens(n)
        total += count
        print(str(n) + " queens: " + str(count))
    print("total", total)

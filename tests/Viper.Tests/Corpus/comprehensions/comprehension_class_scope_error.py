class Table:
    row_width = 3
    print("building rows")
    rows = [row_width * r for r in range(2)]

rows = [[1, 2], None, [3]]
flat = list(x for row in rows for x in row)

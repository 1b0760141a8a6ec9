data = [1, 2, 0, 4]
total = sum(10 // x for x in data)
print(total)

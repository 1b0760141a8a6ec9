total = 0
for i in [1, 2, 3, 0, 5]:
    total += 60 // i
    print(i, total)

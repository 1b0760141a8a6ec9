a = [2, 1]
print(sorted(a, reverse=True))
a.sort(True)

print("start")
d = {1: 2}
for x in d:
    d[x * 10] = 1

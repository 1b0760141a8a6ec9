print("start")
t = (1, 2, 3)
del t[0:1]

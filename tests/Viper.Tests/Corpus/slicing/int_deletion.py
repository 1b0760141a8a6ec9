print("start")
n = 5
del n[0]

print("start")
s = {1, [2]}

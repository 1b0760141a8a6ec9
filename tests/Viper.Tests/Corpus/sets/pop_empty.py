print("start")
s = set()
s.pop()

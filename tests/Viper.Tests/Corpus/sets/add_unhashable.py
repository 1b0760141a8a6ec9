print("start")
s = set()
s.add({})

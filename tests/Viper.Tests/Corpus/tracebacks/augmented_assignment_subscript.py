print('before the error')
d = {}
d["k"] += 1

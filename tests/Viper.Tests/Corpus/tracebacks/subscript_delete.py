print('before the error')
d = {}
del d["k"]

print('before the error')
d = {"a": 1}
print(d["b"])

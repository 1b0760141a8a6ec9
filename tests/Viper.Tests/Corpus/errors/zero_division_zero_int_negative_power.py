print(0 ** 2)
print(0 ** -1)

big = 2 ** 100
print(big // 3)
print(big % 0)

print(6 & 3)
print(6.0 & 3)

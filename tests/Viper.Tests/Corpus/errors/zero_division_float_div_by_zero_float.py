print(1 / 0.5)
print(1 / 0.0)

x = 5
print(x)
x.append(1)

# An int built by repeated addition past the 4300-digit limit cannot be printed.
x = 10 ** 4299
y = x
for i in range(9):
    y = y + x
print(len(str(y - 1)), str(y - x * 9) == str(x), y - 10 * x)
print(y)

print(1 + 1.0, 3 - 0.5, 2 * 0.25, 7 / 2.0, 7 // 2.5, 7 % 2.5)
print(2 ** 0.5 * 2 ** 0.5)
print(10 ** 20 + 1.0)
print(2 ** 53 + 1.0)
print(2 ** 53 + 1 + 0.0)
print(float(2 ** 53 + 1))
print(-7 // 2.0, -7 % 2.0, 7 // -2.0, 7 % -2.0)
print(3 * 1.1, 1.1 * 3)
print(True + 0.5, False * 2.5)
x = 5
x += 0.5
print(x, type(x))
x -= 0.5
print(x, type(x))
y = 10
y /= 4
print(y)
y = 10
y /= 5
print(y, type(y))
print(int(7 / 2), int(-7 / 2))
print(0.1 * 3 == 0.3, 0.5 * 2 == 1)

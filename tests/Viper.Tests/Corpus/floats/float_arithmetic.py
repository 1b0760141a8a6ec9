print(0.1 + 0.2 == 0.3)
print(0.5 + 0.25 == 0.75)
print(1.1 + 2.2)
print(3.3 * 3)
print(1 - 0.9)
print(10 / 3)
print(-10 / 3)
print(2.5 * 4, 7.0 / 2, 1e10 * 1e10)
print(1e-300 * 1e-300)
print(1.0 / 3 * 3)
print(100 * 1.1)
print(0.1 * 3, 0.1 * 10)
t = 0.0
for i in range(10):
    t += 0.1
print(t, t == 1.0)
print(3.0 == 3, 3.5 > 3, -0.5 < 0)
print(1.0 < 2.0 < 3.0 > 2.5)
print(abs(-2.5), abs(2.5), abs(-0.0))

big = 2 ** 100 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(-big // -3, -big % -3)
print(big // (2 ** 70), big % (2 ** 70))
print(-big // (2 ** 70), -big % (2 ** 70))
print(big // -(2 ** 70), big % -(2 ** 70))
print(5 // big, -5 // big, 5 % big, -5 % big)
print((-10 ** 30) // 7, (-10 ** 30) % 7)
print((10 ** 30) // -7, (10 ** 30) % -7)
a = -(2 ** 64) - 1
b = 2 ** 32
print(a // b, a % b, (a // b) * b + a % b == a)

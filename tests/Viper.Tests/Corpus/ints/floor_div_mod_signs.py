# Python floors toward negative infinity; remainder takes the sign of the divisor.
print(7 // 2, 7 % 2)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(6 // 3, -6 // 3, 6 // -3, -6 // -3)
print(6 % 3, -6 % 3, 6 % -3, -6 % -3)
print(1 // 5, -1 // 5, 1 // -5, -1 // -5)
print(1 % 5, -1 % 5, 1 % -5, -1 % -5)
print(0 // 3, 0 % 3, 0 // -3, 0 % -3)
for a in [13, -13]:
    for b in [4, -4]:
        print(a, b, a // b, a % b, (a // b) * b + a % b == a)

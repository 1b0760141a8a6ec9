def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100))
print(len(str(fact(200))))
print(fact(52) // fact(47) // fact(5))
print(fact(30) % 1000003)

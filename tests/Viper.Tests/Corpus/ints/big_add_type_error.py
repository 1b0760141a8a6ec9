# A big int plus a str is a TypeError, as for small ints.
x = 2 ** 100 + 1
print(x - 1 == 2 ** 100, x + True, x - False)
print(x + "1")

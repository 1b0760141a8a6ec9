# Correct rounding across magnitudes: values from a fixed linear congruential sequence, formatted
# with every precision the 128-bit route covers and past it, checked against CPython's digits.
seed = 12345
def next_value():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
lines = 0
for i in range(400):
    a = next_value()
    b = next_value() % 97 + 1
    e = next_value() % 80 - 40
    x = a / b * 10.0 ** e
    if i % 3 == 0:
        x = -x
    p = i % 22
    out = format(x, "." + str(p) + "f") + " " + format(x, "." + str(p) + "e") + " " + format(x, "." + str(p + 1) + "g") + " " + format(x, "#." + str(p % 9) + "g") + " " + "%.*f" % (p % 7, x)
    print(out)
for k in range(30):
    x = (k + 0.5) / 2 ** (k % 11)
    print(format(x, ".0f"), format(x, ".1f"), format(x, ".2f"), format(x, ".3e"), round(x, 2))
for n in range(1, 60):
    print(format(2.0 ** n + 0.5, ".0f"), format(10.0 ** n, ".3e"), format(1.0 / 10 ** (n % 25), ".5g"))

# Calls with more keyword arguments than the binding keeps aside on the stack (eight), and with a
# few, into named parameters, keyword-only ones and **kwargs, hot and once, with their errors.
def wide(a, b, c, d, e, f, g, h, i, j, *, k=0, **rest):
    return (a, b, c, d, e, f, g, h, i, j, k, sorted(rest.items()))


def narrow(x, y=1, *, z=2):
    return x, y, z


total = []
for n in range(30):
    total.append(wide(j=n, i=9, h=8, g=7, f=6, e=5, d=4, c=3, b=2, a=1, k=n * 2, extra=n, more="m"))
    total.append(narrow(n, z=n + 1))
    total.append(narrow(y=n, x=0))
print(total[-3:])
print(wide(1, 2, 3, 4, 5, 6, 7, 8, i=9, j=10, z1=1, z2=2, z3=3, z4=4, z5=5, z6=6, z7=7, z8=8))

for call in [
    lambda: wide(1, a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10),
    lambda: wide(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9),
    lambda: narrow(1, 2, 3),
    lambda: narrow(z=1),
    lambda: narrow(1, q=2, w=3, e=4, r=5, t=6, u=7, i=8, o=9, p=10),
]:
    try:
        print(call())
    except TypeError as error:
        print("TypeError:", error)

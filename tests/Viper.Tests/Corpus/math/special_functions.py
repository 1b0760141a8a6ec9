# erf, erfc, expm1, log1p, gamma and lgamma: special values, errors and a sweep that must match CPython to the last bit.
import math
values = [0.0, -0.0, 1e-300, 1e-25, -1e-25, 1e-10, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.7, 5.0, 5.5, 6.3, 10.0, 10.5, 23.0, 24.0, 30.5,
          100.25, 139.9, 140.1, 171.0, 171.7, 199.0, 200.5, -0.5, -1.5, -2.5, -3.7, -10.2, -100.5, -150.3, -199.5, -200.5, -250.25,
          0.999, 1.001, 3.3e-5, 7.0e2, -7.0e-3, 25.0, 1e10, -1e10, float("inf"), float("-inf"), float("nan"), -1.0, -2.0, 5, 12]
for name in ["erf", "erfc", "expm1", "log1p", "gamma", "lgamma"]:
    f = getattr(math, name)
    out = []
    for v in values:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))
for k in range(-300, 301):
    x = k / 7.3
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.expm1, math.log1p):
        try:
            r = f(x)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        print(r, end=" ")
print()
try:
    math.gamma("x")
except TypeError as e:
    print(e)
print(math.erf(True), math.lgamma(10**20))

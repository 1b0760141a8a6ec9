# The data attributes of numbers.
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, True.numerator, type(True.real), (2**70).real, (2**70).denominator)
print((1.5).real, (1.5).imag, (-0.0).imag, type((3).imag), (-7).numerator, "{0.real} {0.imag}".format(3))
x = 7
print(x.conjugate(), (2.5).conjugate(), x.real + x.imag)

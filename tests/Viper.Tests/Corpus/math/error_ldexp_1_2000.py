import math
print("start")
print(math.ldexp(1, 2000))

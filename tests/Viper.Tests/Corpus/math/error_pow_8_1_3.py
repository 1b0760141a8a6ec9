import math
print("start")
print(math.pow(-8, 1/3))

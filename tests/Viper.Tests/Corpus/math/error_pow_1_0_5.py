import math
print("start")
print(math.pow(-1, 0.5))

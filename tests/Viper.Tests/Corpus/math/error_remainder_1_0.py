import math
print("start")
print(math.remainder(1, 0))

import math
print("start")
print(math.sin(float("inf")))

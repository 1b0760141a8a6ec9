import math
print("start")
print(math.floor("x"))

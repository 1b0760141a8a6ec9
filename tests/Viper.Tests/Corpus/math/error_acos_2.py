import math
print("start")
print(math.acos(2))

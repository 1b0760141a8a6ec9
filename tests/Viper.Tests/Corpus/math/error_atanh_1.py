import math
print("start")
print(math.atanh(1))

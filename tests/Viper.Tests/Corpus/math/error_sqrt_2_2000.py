import math
print("start")
print(math.sqrt(2**2000))

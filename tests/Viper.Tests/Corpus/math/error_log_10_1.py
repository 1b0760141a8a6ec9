import math
print("start")
print(math.log(10, 1))

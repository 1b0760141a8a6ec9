import math
print("start")
print(math.exp("x"))

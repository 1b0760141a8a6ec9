import math
print("start")
print(math.pow(10, 400))

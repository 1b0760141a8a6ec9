import math
print("start")
print(math.comb(5, -1))

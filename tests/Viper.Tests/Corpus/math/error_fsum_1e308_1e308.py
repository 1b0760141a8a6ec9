import math
print("start")
print(math.fsum([1e308, 1e308]))

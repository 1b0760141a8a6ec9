import math
print("start")
print(math.fsum([float("inf"), -float("inf")]))

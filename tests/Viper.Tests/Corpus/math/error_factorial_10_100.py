import math
print("start")
print(math.factorial(10**100))

import math
print("start")
print(math.fmod(1, 0))

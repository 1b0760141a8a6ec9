import math
print("start")
print(math.dist((0,),(1,2)))

import math
print("start")
print(math.isclose(1, 2, rel_tol=-1))

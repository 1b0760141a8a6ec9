import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(4000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(depth(900))

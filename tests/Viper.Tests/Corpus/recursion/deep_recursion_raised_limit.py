import sys
sys.setrecursionlimit(5000)

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

print(sum_to(4000))
print(sum_to(4000) == 4000 * 4001 // 2)

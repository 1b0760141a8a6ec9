def count(n):
    print('count', n)
    if n == 0:
        return [][0]
    return count(n - 1)

count(3)

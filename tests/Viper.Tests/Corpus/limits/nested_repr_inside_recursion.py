def f(n):
    if n == 0:
        x = []
        for i in range(990):
            x = [x]
        return str(x)
    return f(n - 1)


for k in range(0, 12, 2):
    print(k, len(f(k)))

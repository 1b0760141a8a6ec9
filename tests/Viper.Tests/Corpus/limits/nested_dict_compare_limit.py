def nest(n):
    d = {}
    for i in range(n):
        d = {'k': d}
    return d


print(nest(500) == nest(500))
print(nest(3000) == nest(3000))

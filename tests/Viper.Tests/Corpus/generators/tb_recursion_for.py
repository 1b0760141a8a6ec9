def forever_for(n):
    for v in forever_for(n + 1):
        yield v

for v in forever_for(0):
    pass

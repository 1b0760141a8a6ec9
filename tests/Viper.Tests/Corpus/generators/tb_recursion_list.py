def forever_for(n):
    for v in forever_for(n + 1):
        yield v

list(forever_for(0))

def invert(values):
    return {v: 1 / v for v in values}


print(invert([1, 2, 4]))
print(invert([1, 0]))

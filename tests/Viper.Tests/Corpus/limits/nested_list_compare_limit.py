def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x


a = nest(900)
b = nest(900)
print(a == b)
a = nest(5000)
b = nest(5000)
print(a == b)

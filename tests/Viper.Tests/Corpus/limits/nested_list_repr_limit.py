def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x


print(len(repr(nest(990))))
print(len(str(nest(997))))
print(nest(3) == nest(3))
print(nest(5) < nest(6))
print(len(repr(nest(2000))))

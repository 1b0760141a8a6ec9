a = [3, 1, 2]
def meddle(x):
    a.append(x)
    return x
print(sorted(a, key=meddle), len(a))
a.sort(key=meddle)

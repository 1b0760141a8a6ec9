def deep_sum(x):
    if isinstance(x, list):
        total = 0
        for item in x:
            total += deep_sum(item)
        return total
    return x

def flatten(x, out):
    if isinstance(x, list):
        for item in x:
            flatten(item, out)
    else:
        out.append(x)
    return out

def depth(x):
    if not isinstance(x, list):
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1

data = [1, [2, 3], [[4], [5, [6, [7]]]], [], 8]
print(deep_sum(data))
print(flatten(data, []))
print(depth(data), depth([]), depth(5))
nested = []
cur = nested
for i in range(200):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(deep_sum(nested), depth(nested))

def subsets(items, i):
    if i == len(items):
        return [[]]
    rest = subsets(items, i + 1)
    out = []
    for s in rest:
        out.append(s)
    for s in rest:
        out.append([items[i]] + s)
    return out

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    i = 0
    while i < len(items):
        rest = []
        j = 0
        while j < len(items):
            if j != i:
                rest.append(items[j])
            j += 1
        for p in permutations(rest):
            result.append([items[i]] + p)
        i += 1
    return result

print(subsets([1, 2, 3], 0))
p = permutations(['a', 'b', 'c'])
print(len(p), p)
print(len(permutations([1, 2, 3, 4, 5])))

counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in 'apple avocado banana blueberry cherry'.split():
    first = w[0]
    if first not in groups:
        groups[first] = []
    groups[first].append(w)
print(groups)
best = None
for k, v in counts.items():
    if best is None or v > counts[best]:
        best = k
print(best, counts[best])

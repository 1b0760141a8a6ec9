# Build a 500-element list with append, then sum it by indexing.
def bench():
    items = []
    for i in range(500):
        items.append(i * 2)
    total = 0
    for i in range(len(items)):
        total += items[i]
    return total

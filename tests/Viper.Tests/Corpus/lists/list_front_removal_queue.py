# Lists used as queues: removals and insertions near the front, interleaved with appends,
# indexing, slicing, sorting and iteration, on lists long enough for the storage to move.


# A FIFO queue: append at the back, pop(0) at the front, many times around.
queue = []
model_total = 0
for round_number in range(6):
    for i in range(500):
        queue.append(round_number * 1000 + i)
    taken = [queue.pop(0) for _ in range(400)]
    model_total += sum(taken)
    print("round", round_number, len(queue), taken[:2], taken[-1], queue[0], queue[-1])
print("taken total", model_total)
while queue:
    queue.pop(0)
print("empty", queue, len(queue))
queue.append(7)
queue.insert(0, 6)
print(queue, queue[0], queue[-1])

# pop at every position of lists of several lengths, against a model built by slicing.
for length in range(0, 9):
    for position in range(-length, length):
        items = list(range(length))
        removed = items.pop(position)
        model = list(range(length))
        index = position % length
        expected = model[index]
        model = model[:index] + model[index + 1:]
        assert removed == expected and items == model, (length, position, removed, items)
print("pop at every position: ok")

# insert at every position after front removals left room before the first item.
for length in range(1, 9):
    for position in range(-length - 2, length + 2):
        items = list(range(10))
        for _ in range(10 - length):
            items.pop(0)
        index = min(max(position + len(items) if position < 0 else position, 0), len(items))
        model = items[:index] + ["x"] + items[index:]
        items.insert(position, "x")
        assert items == model, (length, position, items, model)
print("insert at every position after pops: ok")

# Deques built from both ends, then read back every way.
items = []
for i in range(20):
    if i % 3 == 0:
        items.insert(0, -i)
    else:
        items.append(i)
    if i % 4 == 0:
        items.pop(0)
print(items)
print(items[2], items[-2], items[1:5], items[::-3], list(reversed(items))[:4])
print(sorted(items)[:5], items.index(7), items.count(7), 7 in items, 100 in items)
items.sort()
print(items)
items.reverse()
print(items)
del items[0]
del items[1:3]
print(items, len(items))
items[0] = "first"
items[-1] = "last"
print(items)
items.extend(range(3))
items += ["end"]
print(items, items * 0, len(items * 2))
items.clear()
print(items, items == [])
items.append(1)
print(items)

# Iteration while popping from the front (the iterator sees the shifted list, as in CPython).
items = list(range(10))
seen = []
for item in items:
    seen.append(item)
    if items:
        items.pop(0)
print(seen, items)

# remove() near the front and near the back of a long list.
items = list(range(50))
for value in (0, 1, 2, 49, 48, 25, 3):
    items.remove(value)
print(len(items), items[:4], items[-4:])
try:
    items.remove(1000)
except ValueError as error:
    print("ValueError:", error)
try:
    [].pop(0)
except IndexError as error:
    print("IndexError:", error)
try:
    [1, 2].pop(5)
except IndexError as error:
    print("IndexError:", error)

# Breadth-first search over a grid with a list as the queue.
size = 30
distance = {(0, 0): 0}
frontier = [(0, 0)]
while frontier:
    x, y = frontier.pop(0)
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < size and 0 <= ny < size and (nx, ny) not in distance and (nx * ny) % 7 != 3:
            distance[(nx, ny)] = distance[(x, y)] + 1
            frontier.append((nx, ny))
print("reached", len(distance), "farthest", max(distance.values()))

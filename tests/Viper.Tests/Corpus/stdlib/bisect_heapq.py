# bisect (lo/hi/key, insort) and heapq (the heap functions, nlargest/nsmallest, merge) with equal elements' order.
import bisect
import heapq

grades = [60, 70, 80, 90]
print([bisect.bisect(grades, score) for score in (33, 60, 75, 90, 99)], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
print(bisect.bisect_left([1, 2, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 2, 3], 2), bisect.bisect_left([], 5), bisect.bisect([1, 2, 3], 2, 2), bisect.bisect([1, 2, 3], 3, 0, 2))
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
values = []
for item in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(values, item)
print(values)
bisect.insort_left(values, 4)
bisect.insort_right(values, 4.0)
print(values)
keyed = [("x", 1), ("y", 4)]
bisect.insort(keyed, ("z", 2), key=lambda r: r[1])
bisect.insort_left(keyed, ("w", 4), key=lambda r: r[1])
print(keyed)
try:
    bisect.bisect([1], 1, -1)
except ValueError as error:
    print("ValueError", error)

heap = []
for value in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, value)
print(heap, [heapq.heappop(heap) for _ in range(3)], heap)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = []
for index, priority in enumerate([2, 1, 2, 1, 3, 2, 1]):
    heapq.heappush(tasks, Task(priority, f"t{index}"))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
ties = [Task(p, f"u{i}") for i, p in enumerate([3, 1, 3, 1, 2, 2, 1, 3])]
heapq.heapify(ties)
print(ties, heapq.heapreplace(ties, Task(1, "new")), ties)

numbers = [5, 1, 8, 3, 9, 2, 8, 1]
print(heapq.nlargest(3, numbers), heapq.nsmallest(3, numbers), heapq.nlargest(0, numbers), heapq.nsmallest(10, numbers), heapq.nlargest(-1, numbers))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nlargest(1, words, key=len), heapq.nsmallest(1, iter(words), key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, "a"), (3, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)), list(heapq.merge(["x", "yy"], ["z", "ww"], key=len)))

for attempt in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None), lambda: heapq.heappop(5), lambda: heapq.heappushpop(None, 1)]:
    try:
        attempt()
    except (IndexError, TypeError) as error:
        print(type(error).__name__, error)

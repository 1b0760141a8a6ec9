# collections.deque: both ends, maxlen, rotate, indexing, the sequence methods, comparisons and errors.
from collections import deque

d = deque()
for value in range(20):
    d.append(value)
    d.appendleft(-value)
print(d, len(d), d[0], d[-1], d[5], d[-6])
print([d.pop() for _ in range(3)], [d.popleft() for _ in range(3)], len(d))
print(deque("abc"), deque(), deque(range(3), 2), deque([], 0), deque(maxlen=3))
bounded = deque(range(10), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(10)
bounded.appendleft(-1)
print(bounded)
bounded.extend([20, 21])
bounded.extendleft([30, 31])
print(bounded)
zero = deque(maxlen=0)
zero.append(1)
zero.extendleft([1, 2])
print(zero)

r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(14)
print(r)
r.rotate(-100)
print(r)
deque().rotate(5)

s = deque([1, 2, 3, 2, 1])
print(s.count(2), s.count(9), s.index(2), s.index(2, 2), s.index(1, -2), 3 in s, 9 in s)
s.remove(2)
print(s)
s.insert(1, "x")
s.insert(-1, "y")
s.insert(100, "end")
s.insert(-100, "start")
print(s)
s[0] = "first"
s[-1] = "last"
del s[1]
del s[-2]
print(s, list(reversed(s)))
s.reverse()
print(s)
s.clear()
print(s, bool(s), bool(deque([0])))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([0]), deque([1]) * 0)
grow = deque([1, 2], maxlen=3)
grow += [3, 4]
print(grow)
grow *= 2
print(grow)
c = deque([[1], [2]], maxlen=5)
shallow = c.copy()
shallow[0].append(9)
print(shallow, shallow.maxlen, shallow is c, c)
e = deque([1, 2])
e.extend(e)
print(e)
e.append(e)
print(e)


class Stack(deque):
    pass


print(Stack([1, 2]), Stack([1], maxlen=2), Stack([3]) + deque([4]))

for attempt in [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: deque([1])[1],
    lambda: deque([1])[-2],
    lambda: deque([1])["a"],
    lambda: deque([1])[0:1],
    lambda: deque([1]).index(5),
    lambda: deque([1]).remove(5),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: deque([1]) + [2],
    lambda: deque([], -1),
    lambda: deque([], "a"),
]:
    try:
        attempt()
    except (IndexError, ValueError, TypeError) as error:
        print(type(error).__name__, error)

mutating = deque([1, 2, 3])
try:
    for item in mutating:
        mutating.append(item)
except RuntimeError as error:
    print("RuntimeError", error)

big = deque()
for value in range(100000):
    big.appendleft(value)
total = 0
while big:
    total += big.pop()
print(total)

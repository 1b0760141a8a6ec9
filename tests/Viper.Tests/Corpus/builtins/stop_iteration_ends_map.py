# A StopIteration raised by map's or filter's function ends the iteration; next() without a default raises the iterator's own StopIteration.
print(list(map(next, [iter([1]), iter([]), iter([3])])))
print(list(filter(lambda x: next(iter([])), [1, 2])))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("msg", 2)
try:
    next(It())
except StopIteration as e:
    print(repr(e), e.args, e.value)
print(next(It(), "default"))
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print(repr(e), e.value)
count = [0]
def tick():
    count[0] += 1
    if count[0] > 3:
        raise StopIteration
    return count[0]
print(list(iter(tick, None)))
total = 0
for v in map(next, [iter([10]), iter([])]):
    total += v
print(total)
print(sorted(map(next, [iter([2]), iter([1]), iter([])])))
print(sum(map(next, [iter([2]), iter([])])), tuple(map(next, [iter([])])), set(map(next, [iter([7]), iter([])])))
print(list(zip(map(next, [iter([1]), iter([])]), "ab")))
print([x for x in map(next, [iter([4]), iter([])])])
print(dict(map(lambda kv: next(kv), [iter([("a", 1)]), iter([])])))
print(min(map(next, [iter([5]), iter([3]), iter([])])))

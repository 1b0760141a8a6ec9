# Goes slightly beyond "tuples as literals": indexing, len, comparison, in.
t = (1, 2, 3)
print(len(t), t[0], t[-1])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) != (2, 1), (1,) < (1, 0))
print(2 in t, 'x' in ('a',), 4 not in t)
print((1, 2) == [1, 2])
for v in t:
    print(v)

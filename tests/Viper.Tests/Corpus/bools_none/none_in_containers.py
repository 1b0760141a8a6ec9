a = [None, 1, None]
print(a, len(a), None in a)
d = {'k': None}
print(d, d['k'], d.get('k'), d.get('z'), 'k' in d)
print(d.get('k', 'default'), d.get('z', 'default'))
count = 0
for v in a:
    if v is None:
        count += 1
print(count)
def nothing():
    return None
results = []
for i in range(3):
    results.append(nothing())
print(results, results == [None] * 3)
print(None == None, [None] == [None], None in {None: 1})

for x in [3, 'a', None]:
    print(repr(x))
for ch in 'hi!':
    print(ch)
d = {'k1': 'v1', 'k2': 'v2'}
for k in d:
    print(k)
for k in d.keys():
    print('key', k)
for v in d.values():
    print('val', v)
for item in d.items():
    print(item)
for r in range(3):
    print(r)

data = [3, 1, 2]
print(sorted(data), data)
def bad_key(x):
    return x
ok = [4, 1, 3]
ok.sort(key=bad_key)
print(ok)
words = ['b', 'a']
print(sorted(words, key=None), sorted(words, reverse=0), sorted(words, reverse=1))
print(sorted([1.5, float('inf'), -1, float('-inf')]))
print(sorted([True, 2, False]))

a = [5, 3, 8, 1, 9, 2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['pear', 'Apple', 'fig', 'banana', 'apple']
words.sort()
print(words)
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
def lower(s):
    return s.lower()
print(sorted(words, key=lower))
mixed = [3, 1.5, True, -2, 0.0, 10**20]
mixed.sort()
print(mixed)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
pairs.sort()
print(pairs)
def first(p):
    return p[0]
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')], key=first))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')], key=first, reverse=True))
empty = []
empty.sort()
print(empty, sorted([]), sorted([7]), sorted('hello'), sorted((3, 1, 2)))
print(sorted({'b': 1, 'a': 2, 'c': 0}), sorted(range(5, 0, -1)))
r = a.sort()
print(r)
print(sorted([[2, 1], [1, 2], [1], []]))

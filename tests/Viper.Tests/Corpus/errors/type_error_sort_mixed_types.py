a = [3, 'b', 1, 'a']
print(len(a))
a.sort()

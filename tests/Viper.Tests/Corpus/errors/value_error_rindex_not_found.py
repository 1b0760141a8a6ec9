s = 'abcabc'
print(s.rindex('c', 0, 3))
print(s.rindex('c', 0, 2))

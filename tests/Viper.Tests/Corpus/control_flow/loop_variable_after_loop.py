for i in range(5):
    pass
print(i)
for ch in 'xyz':
    pass
print(ch)
for i in range(10):
    if i == 3:
        break
print(i)
k = 'unchanged'
for k in []:
    pass
print(k)
for k, v in {'a': 1, 'b': 2}.items():
    pass
print(k, v)
j = 0
while j < 3:
    j += 1
print(j)

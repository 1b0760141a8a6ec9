for c in 'abc':
    print(c)
count = 0
for c in 'mississippi':
    if c == 's':
        count += 1
print(count)
out = ''
for c in 'hello':
    out = c + out
print(out)
for c in '':
    print('never')
print(list('xyz'))
print(list('é😀'))
for c in 'a😀b':
    print(c, len(c))

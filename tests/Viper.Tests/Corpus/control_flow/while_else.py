n = 0
while n < 3:
    print('loop', n)
    n += 1
else:
    print('else runs, n =', n)

n = 0
while n < 10:
    if n == 4:
        print('breaking at', n)
        break
    n += 1
else:
    print('else skipped')

while False:
    print('never')
else:
    print('else on zero iterations')

i = 0
while i < 5:
    i += 1
    if i % 2 == 0:
        continue
    print('odd', i)
else:
    print('done with continue')

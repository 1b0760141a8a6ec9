import sys

def check(n):
    if n > 2:
        print('stopping at', n)
        sys.exit(n * 10)
    print('ok', n)

for i in range(5):
    check(i)
print('never printed')

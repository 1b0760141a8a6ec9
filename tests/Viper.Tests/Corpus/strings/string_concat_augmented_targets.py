# += on strings held in globals, list elements and dict values.
g = ''

def grow_global(n):
    global g
    for i in range(n):
        g += 'G'

grow_global(70)
print(len(g), g)
kept = g
grow_global(5)
print(len(kept), len(g))

items = ['', 'x', 'y' * 64]
for i in range(70):
    items[0] += 'a'
    items[1] += 'b'
items[2] += 'c'
print(items[0])
print(items[1])
print(items[2])
print(len(items[0]), len(items[1]), len(items[2]))

alias = items[1]
items[1] += 'END'
print(alias == items[1], len(alias), len(items[1]))

counts = {'k': ''}
for i in range(80):
    counts['k'] += str(i % 7)
print(counts['k'])
snapshot = counts['k']
counts['k'] += '#'
print(len(snapshot), len(counts['k']), counts['k'].endswith('#'))

# Nested lists, module-level loops and a string growing inside a while loop.
grid = [['', ''], ['', '']]
r = 0
while r < 2:
    c = 0
    while c < 2:
        k = 0
        while k < 33:
            grid[r][c] += str(r) + str(c)
            k += 1
        c += 1
    r += 1
print(grid[0][0])
print(grid[1][1])
print(len(grid[0][1]), grid[1][0].count('10'))

# The same string grown through two names in turn.
a = 'A' * 64
b = a
for i in range(5):
    a += 'a'
    b += 'b'
print(a)
print(b)

# A returned accumulator, called twice.
def build(n, piece):
    out = ''
    for i in range(n):
        out += piece
    return out

one = build(40, 'ab')
two = build(40, 'ab')
print(one == two, hash(one) == hash(two), len(one + two))

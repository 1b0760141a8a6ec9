# Strings built by += share storage internally; every earlier value must stay as it was.
s = ''
for i in range(40):
    s += 'ab'
t = s
s += 'x'
print(len(t), len(s))
print(t)
print(s)
print(t == s, t + 'x' == s)

# Two results grown from the same left operand.
base = 'q' * 70
left = base + 'L'
right = base + 'R'
print(left)
print(right)
print(len(base), len(left), len(right))
print(base)

# Grow the older alias after the newer one has grown: neither sees the other.
a = 'm' * 65
b = a
a += '1'
b += '2'
a += '3'
b += '4'
print(a)
print(b)

# Remember every intermediate value in a list, then read them back.
seen = []
s = 'start-'
for i in range(30):
    s += str(i) + ','
    seen.append(s)
print(len(seen))
print(seen[0])
print(seen[9])
print(seen[29])
total = 0
for x in seen:
    total += len(x)
print(total)
print(seen[28] + '30,' == seen[29] + '30,')

# Read (and so flatten) a value, then keep appending to it and to an alias.
s = 'p' * 64
print(s)
u = s
s += 'A'
print(s)
s += 'B'
u += 'C'
print(s)
print(u)

# Self-concatenation.
s = 'xy' * 40
s += s
print(len(s))
print(s)
s = s + s
print(len(s), s.count('xy'))

# Concatenation result used as the left operand twice in one expression.
s = 'z' * 63
w = s + 'a'
print(w + 'b', w + 'c', w)

# Function parameters alias the caller's string.
def extend(text):
    text += '!' * 5
    return text

s = 'k' * 100
r = extend(s)
print(len(s), len(r))
print(s)
print(r)
r2 = extend(r)
print(r)
print(r2)

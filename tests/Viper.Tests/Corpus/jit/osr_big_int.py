# A loop that tiers up (on-stack replacement) while its counter already holds a big int or a
# float: the compiled code must take over from the values the VM had, not assume small ints.
big = 2 ** 64
total = 0
for i in range(3000):
    big = big + i
    total += i
print(big, total)

x = 0
for i in range(3000):
    if i == 1500:
        x = x + 0.5
    x = x + 1
print(x)

n = 0
s = 0
while n < 3000:
    s = s + n
    n = n + 1
    if n == 2000:
        s = s * 2 ** 63
print(s, n)

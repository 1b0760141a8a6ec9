# Collatz sequence lengths with a memo dict.
memo = {1: 1}

def collatz_length(n):
    path = []
    while n not in memo:
        path.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    length = memo[n]
    while len(path) > 0:
        length += 1
        memo[path.pop()] = length
    return length

best = 1
best_len = 1
for i in range(1, 10000):
    length = collatz_length(i)
    if length > best_len:
        best = i
        best_len = length
print(best, best_len)
for n in [1, 2, 3, 6, 7, 27, 97, 871]:
    print(n, collatz_length(n))
print(collatz_length(2 ** 100 + 1) > 100)
big = 2 ** 70 - 1
steps = 0
peak = big
while big != 1:
    if big % 2 == 0:
        big //= 2
    else:
        big = 3 * big + 1
    if big > peak:
        peak = big
    steps += 1
print(steps, peak)

# Sieve of Eratosthenes, prime counting and twin primes.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            multiple = p * p
            while multiple <= limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes

primes = sieve(200)
print(primes)
print(len(primes), sum(primes), max(primes))
for limit in [10, 100, 1000, 10000]:
    print(limit, len(sieve(limit)))
twins = []
i = 0
while i + 1 < len(primes):
    if primes[i + 1] - primes[i] == 2:
        twins.append((primes[i], primes[i + 1]))
    i += 1
print(len(twins), twins[-1])
gaps = {}
big = sieve(5000)
i = 1
while i < len(big):
    g = big[i] - big[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
    i += 1
print(gaps)

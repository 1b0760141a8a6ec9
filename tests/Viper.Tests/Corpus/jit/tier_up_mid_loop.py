# Functions become hot in the middle of running loops, module-level loops included.
def work(x):
    return x * x % 1000


def long_loop(n):
    total = 0
    for i in range(n):
        total += work(i)
        if i % 1500 == 0:
            print("at", i, total)
    return total


print(long_loop(5000))
total = 0
i = 0
squares = []
while i < 3000:
    total += work(i)
    if i % 1000 == 999:
        squares.append(total)
    i += 1
print(total, squares)
names = {}
for j in range(2500):
    key = "k" + str(j % 7)
    names[key] = names.get(key, 0) + j
print(sorted(names.items()))
x = 0.0
for j in range(2000):
    x = x * 0.5 + j / 3
print(x)

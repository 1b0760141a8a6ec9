# One generator resumed alternately by the VM's loop, builtins and compiled code, while it tiers up.
def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def take_two(gen):
    return next(gen) + next(gen)


def drain(gen, count):
    total = 0
    for value in gen:
        total += value
        count -= 1
        if count == 0:
            break
    return total


gen = numbers(10000)
parts = []
for round_ in range(40):
    parts.append(take_two(gen))
    parts.append(drain(gen, 3))
    parts.append(next(gen))
    for value in gen:
        parts.append(value)
        break
print(sum(parts), parts[:8], parts[-4:])
print(sum(gen), list(gen))

# Exceptions raised and caught on every iteration, with break and continue around them.
total = 0
errors = 0
for i in range(1000):
    try:
        total += 100 // (i % 7)
    except ZeroDivisionError:
        errors += 1
        continue
    finally:
        total += 1
print(total, errors)

values = ["1", "2", "x", "4", "", "6"]
parsed = []
for v in values:
    try:
        parsed.append(int(v))
    except ValueError as e:
        print("skip", repr(v), e)
print(parsed)

i = 0
while True:
    i += 1
    try:
        if i > 4:
            raise StopIteration
    except StopIteration:
        print("stopping at", i)
        break
    finally:
        print("iteration", i)

d = {"a": 1}
counts = {}
for key in "abcab":
    try:
        counts[key] += 1
    except KeyError:
        counts[key] = 1
print(counts)

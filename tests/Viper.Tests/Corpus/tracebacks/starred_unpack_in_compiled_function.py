# An error raised by starred unpacking inside a compiled function, two calls deep: the
# traceback names every frame and line, as in the VM.

def take(items):
    first, second, *rest = items
    return first + second

def outer(batches):
    total = 0
    for batch in batches:
        total += take(batch)
    return total

print(outer([[1, 2, 3]] * 50))
print(outer([[1, 2], (3, 4, 5), [6]]))

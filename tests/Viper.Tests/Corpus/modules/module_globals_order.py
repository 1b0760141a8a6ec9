# Module-level code runs top to bottom; functions see globals at call time.
def show():
    return value

value = 'first'
print(show())
value = 'second'
print(show())

def uses_later():
    return later_function()

def later_function():
    return 'defined after the caller'

print(uses_later())

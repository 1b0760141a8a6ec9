# An uncaught assert with a message.
def check(values):
    total = sum(values)
    assert total > 10, "total too small: " + str(total)
    return total

print(check([5, 6]))
check([1, 2])

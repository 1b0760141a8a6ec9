# An error the consuming builtin raises for an item comes from the call alone: the generator's
# frame is not in the traceback, and a handler inside the generator does not see it.
def items():
    try:
        yield 1
        yield 2
        yield "three"
    except TypeError:
        print("the generator must not catch this")


def total():
    return sum(
        x for x in items()
    )


print(total())

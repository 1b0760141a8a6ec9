# Three exceptions chained through context and cause.
def step_one():
    raise IndexError("one")

def step_two():
    try:
        step_one()
    except IndexError as e:
        raise KeyError("two") from e

def step_three():
    try:
        step_two()
    except KeyError:
        raise RuntimeError("three")

print("chain")
step_three()

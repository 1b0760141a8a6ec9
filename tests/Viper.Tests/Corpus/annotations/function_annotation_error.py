# A name missing in a def's annotation raises NameError when the def runs, pointing at the annotation.
def fine(a: int) -> int:
    return a


def f(
    a: int,
    b: missing_type,
):
    pass

print("square module:", __name__, __package__)
from . import UNIT


def area(side):
    return side * side * UNIT

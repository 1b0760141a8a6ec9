print("shapes package:", __name__, __package__)
UNIT = 1
from .square import area as square_area

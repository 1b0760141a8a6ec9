print("lib package runs once, as", __name__, "in package", repr(__package__))

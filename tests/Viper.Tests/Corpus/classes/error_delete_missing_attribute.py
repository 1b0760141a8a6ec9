class Box:
    def __init__(self):
        self.size = 1


b = Box()
del b.size
print(hasattr(b, "size"))
del b.size

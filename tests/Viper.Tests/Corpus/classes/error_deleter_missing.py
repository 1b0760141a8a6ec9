class Box:
    @property
    def size(self):
        return 1


b = Box()
print(b.size)
del b.size

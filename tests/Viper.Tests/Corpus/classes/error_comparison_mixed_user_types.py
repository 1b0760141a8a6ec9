class Apple:
    def __lt__(self, other):
        if isinstance(other, Apple):
            return True
        return NotImplemented


class Orange:
    pass


print(Apple() < Apple())
print(Apple() < Orange())

# An unbound local on the right of a comparison, read for an attribute, is underlined alone.
class Item:
    def __init__(self, value):
        self.value = value


def over(item, flag):
    if flag:
        limit = Item(3)
    return item.value > limit.value


print(Item(1).value)
over(Item(1), False)

class Bag:
    pass


print("measuring")
print(len(Bag()))

class Box:
    pass


print("subscripting")
Box()[0]

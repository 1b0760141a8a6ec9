class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 1
print(s.a)
s.b = 2

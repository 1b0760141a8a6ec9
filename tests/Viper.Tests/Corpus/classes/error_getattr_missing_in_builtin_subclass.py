class Stack(list):
    pass


s = Stack([1, 2])
print(len(s), s.pop())
print(s.label_text)

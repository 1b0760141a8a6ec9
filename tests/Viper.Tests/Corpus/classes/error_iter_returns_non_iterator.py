class BadIterable:
    def __iter__(self):
        return 5


print("iterating")
for x in BadIterable():
    print(x)

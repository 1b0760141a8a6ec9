class Weird:
    def __len__(self):
        return -1


print("measuring")
print(len(Weird()))

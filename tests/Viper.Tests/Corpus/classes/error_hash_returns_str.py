class Key:
    def __hash__(self):
        return "not an int"


print("hashing")
print(hash(Key()))

class Label:
    def __str__(self):
        return None


print("converting")
print(str(Label()))

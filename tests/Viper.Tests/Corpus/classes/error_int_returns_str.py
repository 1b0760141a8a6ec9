class Bad:
    def __int__(self):
        return "12"


print("converting")
print(int(Bad()))

class Flag:
    def __bool__(self):
        return 1


print("testing truth")
if Flag():
    print("true")

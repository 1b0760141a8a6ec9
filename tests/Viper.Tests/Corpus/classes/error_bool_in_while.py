class Flag:
    def __bool__(self):
        return "yes"


print("looping")
while Flag():
    print("body")

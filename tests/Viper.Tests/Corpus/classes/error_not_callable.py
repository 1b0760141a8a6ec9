class Thing:
    pass


t = Thing()
print("calling")
t()

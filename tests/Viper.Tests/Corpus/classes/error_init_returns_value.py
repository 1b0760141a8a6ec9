class Weird:
    def __init__(self):
        return 5


print("creating")
Weird()

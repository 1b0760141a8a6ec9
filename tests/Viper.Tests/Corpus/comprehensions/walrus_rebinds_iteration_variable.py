print("never printed")
print([i := 0 for i in range(3)])

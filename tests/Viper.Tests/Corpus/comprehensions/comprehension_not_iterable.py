print("before")
print([x for x in 42])

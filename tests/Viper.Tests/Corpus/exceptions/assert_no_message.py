# An uncaught assert without a message.
x = 3
assert x == 3
print("first passed")
assert x > 5

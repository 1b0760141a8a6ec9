# A module that is badly indented: importing it raises IndentationError.
if True:
print("never")

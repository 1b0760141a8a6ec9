# Raising a saved exception again adds the new frames to its old traceback.
def fail():
    raise KeyError("first time")

saved = None
try:
    fail()
except KeyError as e:
    saved = e

print("raising it again")
raise saved

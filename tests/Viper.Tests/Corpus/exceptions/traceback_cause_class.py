# The cause may be a class (instantiated) that was never raised: it has no traceback.
print("before")
raise RuntimeError("failed") from KeyError

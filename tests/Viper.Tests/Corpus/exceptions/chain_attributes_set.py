# __cause__, __context__ and __suppress_context__ can be assigned; the traceback follows them.
e = ValueError("outer")
print(e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = IndexError("i")
print(repr(e.__context__), e.__suppress_context__)
for bad in [("__cause__", 5), ("__context__", "x"), ("__suppress_context__", 1)]:
    try:
        if bad[0] == "__cause__":
            e.__cause__ = bad[1]
        elif bad[0] == "__context__":
            e.__context__ = bad[1]
        else:
            e.__suppress_context__ = bad[1]
    except TypeError as problem:
        print(bad[0], problem)
print("raising")
raise e

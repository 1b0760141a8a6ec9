# The compiler's SyntaxWarnings, printed to stderr as the code is compiled: identity with a literal
# (once per comparison chain; None, True, False and ... are fine), and an assert of a non-empty
# tuple. Code compiled from a string has no line to quote. A function never called still warns.
# (It exits with a status so that the expected stderr is kept.)
x = 1
print(x is 1, x is not "a", 1 is x, x is b"b", x is 2.5, x is -1, x is (1, 2), x is ())
print(x is None, x is not True, x is False, x is ..., x is (None,) is None)
print(x is 1 is 2, x is not [1], x is {1}, x is f"{x}")


def never_called(y):
    return y is 0


class Holder:
    flag = x is "on"

    def check(self):
        assert (self, "not a message")


assert (x, "message")
assert ()  or True if False else True
exec("z = 3 is 3")
print(eval("4 is not 4"))
compile("w = 2 is 2", "<mine>", "exec")
Holder().check()
print("done")
raise SystemExit(3)

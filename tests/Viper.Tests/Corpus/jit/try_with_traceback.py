# An exception leaving a with block in compiled code after __exit__ declined it: the traceback
# goes through the with statement's line.


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit saw", args[0] and args[0].__name__)
        return False


def body(n):
    with Manager():
        return 10 // n


for n in (1, 2, 5):
    print(body(n))
body(0)

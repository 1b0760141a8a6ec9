# TypeErrors for objects that are not context managers, caught.
class OnlyEnter:
    def __enter__(self):
        print("never entered")


class OnlyExit:
    def __exit__(self, exc_type, exc, tb):
        pass


class NotCallable:
    __enter__ = 5
    __exit__ = None


for obj in [1, "s", None, [], OnlyEnter(), OnlyExit(), NotCallable]:
    try:
        with obj:
            print("never")
    except TypeError as e:
        print(e)

try:
    with NotCallable():
        pass
except TypeError as e:
    print(e)


class WrongArity:
    def __enter__(self):
        return self

    def __exit__(self):
        pass


try:
    with WrongArity():
        print("body runs")
except TypeError as e:
    print(e)

try:
    with WrongArity():
        raise ValueError("lost")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool failed")


class ReturnsBadBool:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return BadBool()


try:
    with ReturnsBadBool():
        raise KeyError("k")
except ZeroDivisionError as e:
    print(e, "| context:", repr(e.__context__))

# With no exception, the result of __exit__ is not tested.
with ReturnsBadBool():
    print("clean")
print("done")

# User exception classes: attributes, args, handlers by base class, chaining, an uncaught one.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
def find(k):
    if k > 2:
        raise NotFound(404, f"no item {k}")
    return k
for k in range(5):
    try:
        print(find(k))
    except AppError as e:
        print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
    finally:
        print("done", k)
try:
    try:
        {}["x"]
    except KeyError as e:
        raise NotFound(1, "wrapped") from e
except AppError as e:
    print(repr(e.__cause__), e.__context__ is e.__cause__)
class Ctx:
    def __repr__(self):
        return "Ctx()"
print(repr(AppError(1, "m")), str(NotFound(2, "n")))
raise NotFound(500, "fatal")

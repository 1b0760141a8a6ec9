# Exception instances carry arbitrary attributes in their __dict__, builtin types included.
error = ValueError("bad value")
error.code = 7
error.detail = "extra"
print(error.code, error.detail, error.__dict__, error)
del error.detail
print(error.__dict__, hasattr(error, "detail"))

try:
    raise KeyError("k")
except KeyError as caught:
    caught.seen = True
    print(caught.seen, caught.args)


class AppError(Exception):
    def __init__(self, message, status):
        super().__init__(message)
        self.status = status


try:
    raise AppError("failed", 500)
except AppError as caught:
    print(caught.status, caught.args, caught.__dict__)

print(ImportError("x").name, ImportError("x").path)
try:
    ValueError("v").missing
except AttributeError as missing:
    print("AttributeError:", missing)

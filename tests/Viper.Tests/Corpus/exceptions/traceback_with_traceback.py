# with_traceback: None strips the frames gathered so far; another exception's traceback replaces them.
def fail():
    raise KeyError("inner")

try:
    fail()
except KeyError as e:
    stripped = e.with_traceback(None)
    print(stripped is e, e.__traceback__)

try:
    fail()
except KeyError as e:
    borrowed = e.__traceback__

error = ValueError("with a borrowed traceback")
print(error.with_traceback(borrowed) is error, error.__traceback__.tb_lineno)
raise error

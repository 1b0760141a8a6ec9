# A bare raise in a function called from a handler re-raises the handled exception without adding its own frame.
def reraise():
    print("re-raising from a helper")
    raise

def work():
    return [1, 2][5]

try:
    work()
except IndexError:
    reraise()

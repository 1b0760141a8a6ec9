# A bare raise keeps the original traceback: the frames show where it was first raised.
def divide(a, b):
    return a / b

def checked(a, b):
    try:
        return divide(a,
                      b)
    except ZeroDivisionError:
        print("logging and re-raising")
        raise

print("start")
checked(1, 0)

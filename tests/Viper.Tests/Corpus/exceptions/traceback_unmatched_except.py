# Except clauses that do not match let the exception pass; its traceback is unchanged.
def risky():
    return int("12x")

def guarded():
    try:
        risky()
    except (KeyError, IndexError):
        print("never")
    except TypeError:
        print("never either")

print("guarded call")
guarded()

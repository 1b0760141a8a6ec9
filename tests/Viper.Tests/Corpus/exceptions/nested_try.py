# Nested try statements: the innermost matching handler wins; unmatched ones pass outward.
def level(n):
    try:
        try:
            try:
                if n == 0:
                    raise KeyError("k")
                if n == 1:
                    raise ValueError("v")
                if n == 2:
                    raise TypeError("t")
                return "no error"
            except KeyError as e:
                return "innermost " + repr(e)
        except ValueError as e:
            return "middle " + repr(e)
        finally:
            print("middle finally for", n)
    except Exception as e:
        return "outer " + repr(e)

for n in range(4):
    print(level(n))

def handler_raises():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError as e:
        return repr(e) + " with context " + repr(e.__context__)

print(handler_raises())

def deep(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)

try:
    deep(3)
except ZeroDivisionError as e:
    print("caught", e)

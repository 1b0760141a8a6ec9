# try/except in hot compiled functions: KeyError, IndexError, StopIteration, nested
# try statements, except in loops with continue and break, and finally overriding return.


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def lookup_as(d, k):
    try:
        v = d[k]
    except KeyError as e:
        v = "missing " + repr(e.args[0])
    return v


def sum_indices(xs, n):
    s = 0
    for i in range(n):
        try:
            s += xs[i]
        except IndexError:
            s += 1000
    return s


def drain(it):
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            break
    return total


def loop_control(n):
    total = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            if i == 17:
                break
            total += i
        except ValueError:
            total -= 1
            continue
        finally:
            total += 100
    return total


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_overrides_raise():
    for _ in range(3):
        try:
            raise KeyError("lost")
        finally:
            return "finally won"


def finally_continue(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out


def nested(x):
    out = []
    try:
        try:
            if x:
                raise ValueError("inner")
            out.append("no error")
        except TypeError:
            out.append("wrong handler")
        finally:
            out.append("inner finally")
    except ValueError as e:
        out.append("outer caught " + str(e))
    else:
        out.append("else")
    return out


def handler_in_handler():
    out = []
    try:
        raise ValueError("a")
    except ValueError as e:
        out.append(str(e))
        try:
            raise TypeError("b")
        except TypeError as t:
            out.append(str(t))
            out.append(repr(t.__context__))
        out.append(repr(e))
    return out


def tuple_and_base(x):
    try:
        if x == 0:
            raise KeyError(x)
        if x == 1:
            raise IndexError(x)
        return 1 // (x - 2)
    except (KeyError, IndexError) as e:
        return type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__


def else_clause(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return y


d = {i: i * i for i in range(50)}
acc = 0
for i in range(300):
    acc += lookup(d, i % 70)
print(acc)
print(lookup_as(d, 3), lookup_as(d, "x"))
print(sum_indices([1, 2, 3], 10), sum_indices(list(range(20)), 20))
print(drain(iter(range(100))), drain(x * 2 for x in range(10)))
print(loop_control(30))
print(finally_overrides(), finally_overrides_raise())
print(finally_continue(7))
print(nested(True), nested(False))
print(handler_in_handler())
print([tuple_and_base(x) for x in range(4)], tuple_and_base(5))
print(else_clause(0), else_clause(3))

# try statements mixed with loops, else clauses and nested functions at module and function level.
log = []
for i in range(4):
    try:
        if i == 2:
            continue
        log.append(i)
    finally:
        log.append("f")
else:
    log.append("loop else")
print(log)

n = 0
while n < 10:
    n += 1
    try:
        if n == 3:
            break
    finally:
        print("module finally", n)
else:
    print("never: broke out")
print("n", n)

def same_name_twice():
    try:
        raise KeyError("outer")
    except KeyError as e:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner", repr(e))
        try:
            print(e)
        except UnboundLocalError as problem:
            print("the inner handler unbound it:", problem)

same_name_twice()

def nested_returns(flag):
    for i in range(3):
        try:
            try:
                if flag:
                    return "inner return " + str(i)
                raise IndexError(i)
            except IndexError as e:
                if i == 1:
                    return "handler return " + str(e)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return "end"

print(nested_returns(True))
print(nested_returns(False))

def try_else_finally(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return "ok " + str(y)
    finally:
        print("finally for", x)

print(try_else_finally(2))
print(try_else_finally(0))

def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("never")
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "else raised " + str(e)

print(else_raises())

def exception_value_survives(values):
    caught = None
    for v in values:
        try:
            int(v)
        except ValueError as e:
            caught = e
    return caught

print(repr(exception_value_survives(["1", "x", "2"])))

# return, break and continue leaving try blocks run the finally bodies on the way out.
def return_through_finally():
    try:
        return "from try"
    finally:
        print("finally before return")

print(return_through_finally())

def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides_return())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(finally_swallows_exception())

def value_computed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

print(value_computed_before_finally())

def loop_with_finally():
    out = []
    for i in range(6):
        try:
            if i % 2 == 0:
                continue
            if i == 5:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

print(loop_with_finally())

def while_break_in_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                raise ValueError("discarded by break")
        finally:
            if i == 3:
                break
    return i

print(while_break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen

print(continue_in_finally())

def nested_finally_order():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested_finally_order())

def return_in_except_with_finally():
    try:
        raise ValueError
    except ValueError:
        return "from handler"
    finally:
        print("finally after handler")

print(return_in_except_with_finally())

def break_out_of_handler():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            if i == 1:
                break
    try:
        print(e)
    except UnboundLocalError:
        print("e unbound after break")
    return i

print(break_out_of_handler())

def loop_inside_try_break_in_finally():
    for a in range(3):
        try:
            for b in range(3):
                return (a, b)
        finally:
            break
    return "broke outer", a

print(loop_inside_try_break_in_finally())

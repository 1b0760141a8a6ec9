# A guard whose __bool__ misbehaves: CPython reports it at the case's last pattern.
class Strange:
    def __bool__(self):
        return 2


def check(x):
    match x:
        case [1, _]:
            return "starts with one"
        case _ if Strange():
            return "strange"
    return "nothing"


print(check([1, 2]))


def check_capture(x):
    match x:
        case [first, *rest] if Strange():
            return first


check_capture([5])

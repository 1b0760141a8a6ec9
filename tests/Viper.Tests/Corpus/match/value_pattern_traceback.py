# An uncaught error from a value pattern's lookup and from a guard.
class Limits:
    LOW = 0


def check(n):
    match n:
        case Limits.LOW:
            return "low"
        case int() if n > Limits.HIGH:
            return "high"
    return "middle"


print(check(0))
check(5)

# Where pattern captures are bound: locals, globals, class bodies, closures; and flow out of cases.
def local_binding(v):
    match v:
        case [a, b]:
            pass
        case _:
            a = b = None
    return a, b


print(local_binding([1, 2]), local_binding(3))

match {"g": 1}:
    case {"g": g_value}:
        pass
print("global binding", g_value)


class Settings:
    match ("debug", True):
        case (name, flag):
            pass


print("class body", Settings.name, Settings.flag)


def closure(v):
    match v:
        case (x, y):
            def show():
                return f"captured {x} {y}"
            return show()
    return "no"


print(closure((3, 4)), closure(5))


def counter():
    total = 0

    def add(item):
        nonlocal total
        match item:
            case int(n):
                total += n
            case [*items]:
                for i in items:
                    add(i)
        return total

    return add


add = counter()
add(1)
print("nonlocal", add([2, [3, 4], 5]))

# break, continue and return inside cases.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)
else:
    print("not reached")


def first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2 == 0:
                return n
    return None


print("first even", first_even([1, 3, 4, 6]), first_even([1]))

# A match in a loop in a function with many cases.
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)


print(" ".join([fizz(i) for i in range(1, 16)]))

# Rebinding the subject's name inside a case does not change what later cases see.
subject = [1, 2]
match subject:
    case [subject, 3]:
        print("no")
    case [1, 2]:
        print("later cases still see the original subject; subject =", subject)

# The subject can be any expression; match and case stay usable as names.
match = {"case": [1, 2]}
case = "case"
match match[case]:
    case [1, case]:
        print("case bound to", case)
print(match)

# match and case are keywords only where a match statement can start; everywhere else they are names.
match = [1, 2, 3]
print(match)
match[0] = 10
print(match[0])
print(match [1])
match.append(4)
print(match)
match, case = 1, 2
print(match, case)
match = 5
match -= 1
print(match)
match *2,
print(match)


def match(a, b=None):
    return ["match called", a, b]


print(match(1, 2))
print(match(1))
print(match(b=3, a=4))


class case:
    match = "attribute"


print(case.match)
x = case
match x:
    case case():
        print("an instance of case")
    case _:
        print("the class case itself")


def _(match, case):
    match match:
        case case if case > 0:
            return case
    return None


print(_(3, None), _(-3, None))
_ = 1
print(_)

# 'match' as the subject, and case patterns named match and case.
match = {"case": "match"}
match match:
    case {"case": case}:
        print("case =", case)

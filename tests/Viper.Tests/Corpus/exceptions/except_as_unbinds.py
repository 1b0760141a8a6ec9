# The name bound by 'except ... as' is deleted when the handler ends, as in CPython.
def local_case():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        print("inside", repr(e))
    try:
        print(e)
    except UnboundLocalError as problem:
        print("UnboundLocalError:", problem)

local_case()

try:
    1 / 0
except ZeroDivisionError as err:
    print("module level", err)
print("handler done")
try:
    print(err)
except NameError as problem:
    print("NameError:", problem)

# `return name` of an unbound local: the traceback underlines the name, as CPython's LOAD_FAST
# position gives it, in a plain return, one inside try/finally, and one spread over lines.

def plain():
    y = 1
    del y
    return y

def in_finally():
    z = 1
    del z
    try:
        return z
    finally:
        print("finally ran")

def spread(flag):
    if flag:
        w = 1
    return (
        w
    )

for function, args in ((plain, ()), (in_finally, ()), (spread, (True,))):
    try:
        print(function(*args))
    except UnboundLocalError as error:
        print(type(error).__name__, error)

spread(False)

# A generator that resumes itself while running raises "generator already executing".
def reentrant():
    for i in range(3):
        try_self = yield i
        if try_self:
            print(next(me))


for _ in range(3):
    me = reentrant()
    print(next(me))
    try:
        me.send(True)
    except ValueError as error:
        print("ValueError:", error)
    print(next(me, "finished"))


def closes_itself():
    yield 1
    it.close()
    yield 2


it = closes_itself()
next(it)
try:
    next(it)
except ValueError as error:
    print("ValueError:", error)

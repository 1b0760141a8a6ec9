def stubborn():
    tries = 0
    while tries < 2:
        try:
            yield tries
        except GeneratorExit:
            print("ignoring")
            tries += 1
    print("gave up")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g.close()
print("closed twice")
def obedient():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
o = obedient()
next(o)
print(o.close(), o.close())
def finishing():
    try:
        yield 1
    finally:
        return "swallowed"
f = finishing()
next(f)
print(f.close())
def raising():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
r = raising()
next(r)
r.close()

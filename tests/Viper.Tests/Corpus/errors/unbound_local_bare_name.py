# A statement that only names a local still raises UnboundLocalError when the local is unbound.
def f():
    value
    value = 1


def g(flag):
    if flag:
        item = 1
    item
    return "bound"


def h():
    item = 1
    del item
    item


for fn, args in ((f, ()), (g, (True,)), (g, (False,)), (h, ())):
    for attempt in range(40):
        try:
            result = fn(*args)
        except NameError as error:
            result = "%s: %s (name=%r)" % (type(error).__name__, error, error.name)
    print(fn.__name__, args, result)

# Reading or deleting an empty cell in compiled code raises the VM's (and CPython's) errors: an
# UnboundLocalError for the function's own captured local, a NameError for a free variable, and
# the traceback goes through the compiled frames.


def local_read_before_assignment(flag):
    if flag:
        value = 1

    def read():
        return value

    total = 0
    for i in range(3):
        total += value
    return total + read()


def free_read_before_assignment():
    def read():
        return later

    result = read()
    later = 1
    return result


def delete_twice():
    gone = 1

    def keep():
        return gone

    del gone
    del gone


for flag in [True] * 50 + [False]:
    try:
        print(local_read_before_assignment(flag), end=" ")
    except UnboundLocalError as error:
        print()
        print("UnboundLocalError:", error)
for attempt in range(40):
    try:
        free_read_before_assignment()
    except NameError as error:
        message = f"{type(error).__name__}: {error}"
print(message)
for attempt in range(40):
    try:
        delete_twice()
    except UnboundLocalError as error:
        message = f"{type(error).__name__}: {error}"
print(message)


def outer(n):
    def middle(k):
        return inner(k)

    def inner(k):
        if k > n:
            return missing
        return k

    total = 0
    for i in range(n + 2):
        total += middle(i)
    missing = total
    return total


outer(3)

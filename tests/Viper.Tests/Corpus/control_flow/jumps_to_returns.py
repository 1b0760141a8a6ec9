# A jump whose target is a return: the return is copied to the jump's place. What each copy
# returns, raises and reports must be what the original return did.
def pick(flag, a, b):
    return a if flag else b


def branches(n):
    if n < 0:
        result = "negative"
    elif n == 0:
        result = "zero"
    else:
        result = "positive"
    return result


def unbound_on_one_path(flag):
    if flag:
        pass
    else:
        value = 1
    return value


def in_try(n):
    try:
        if n:
            out = 10 // n
        else:
            out = -1
    except ZeroDivisionError:
        out = "caught"
    return out


def in_finally(n, log):
    try:
        if n > 1:
            answer = "big"
        else:
            answer = "small"
    finally:
        log.append(n)
    return answer


def constant_returns(n):
    if n:
        pass
    else:
        n = 0
    return None


def in_loop(items):
    for item in items:
        if item == 3:
            found = item
            break
    else:
        found = None
    return found


def generator(n):
    if n:
        yield n
    else:
        yield -n
    return


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def side(self, which):
        return self.left if which == "left" else self.right


for round_ in range(40):
    results = [
        pick(round_ % 2, "a", "b"),
        branches(round_ - 20),
        in_try(round_ % 3),
        constant_returns(round_ % 2),
        in_loop(range(round_ % 5)),
        list(generator(round_ % 2)),
        Node(1, 2).side("left" if round_ % 2 else "right"),
    ]
    if round_ in (0, 1, 39):
        print(round_, results)

log = []
print(in_finally(1, log), in_finally(5, log), log)
print(unbound_on_one_path(False))
unbound_on_one_path(True)

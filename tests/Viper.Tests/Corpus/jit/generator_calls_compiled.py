# Generator functions called from compiled code with exactly their parameters (the arguments go
# straight into the new generator), and with defaults, keywords, *args and bound methods (the
# general binding); resumed by FOR_ITER, next(), send() and consumers.


def pair(a, b):
    yield a
    yield b


def with_default(a, b=10):
    yield a + b


def keyword_only(a, *, scale):
    yield a * scale


def star(*items):
    yield from items


def counter(start):
    total = start
    while True:
        received = yield total
        if received is None:
            return total
        total += received


class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self, depth):
        yield (depth, self.value)
        for child in self.children:
            yield from child.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            for leaf in child.leaves():
                yield leaf


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def level(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
        return
    for x in level(depth - 1, n):
        yield x * 2 + depth


def exercise():
    out = []
    for i in range(40):
        out.extend(pair(i, -i))
        out.extend(with_default(i))
        out.extend(with_default(i, 1))
        out.extend(with_default(b=2, a=i))
        out.extend(keyword_only(i, scale=3))
        out.extend(star(i, i + 1, i + 2))
        out.extend(star())
    print(len(out), sum(out), out[:12])

    tree = Tree(1, [Tree(2, [Tree(4, []), Tree(5, [])]), Tree(3, [Tree(6, [Tree(7, [])])])])
    for _ in range(30):
        walked = list(tree.walk(0))
        leaves = [leaf for leaf in tree.leaves()]
    print(walked)
    print(leaves)
    print(sum(1 for _ in permutations(list(range(6)))), list(permutations([1, 2, 3])))
    print(sorted(permutations("abc")))
    print(sum(level(4, 50)), list(level(2, 3)))

    gen = counter(100)
    print(next(gen), gen.send(5), gen.send(7), next(gen) if False else gen.send(1))
    try:
        gen.send(None)
    except StopIteration as stop:
        print("returned", stop.value)
    print(next(gen, "finished"))


def call_errors():
    for bad in (lambda: pair(1), lambda: pair(1, 2, 3), lambda: pair(1, c=2), lambda: keyword_only(1, 2)):
        try:
            bad()
        except TypeError as error:
            print("TypeError:", error)
    fresh = counter(0)
    try:
        fresh.send(1)
    except TypeError as error:
        print("TypeError:", error)


for _ in range(3):
    exercise()
call_errors()

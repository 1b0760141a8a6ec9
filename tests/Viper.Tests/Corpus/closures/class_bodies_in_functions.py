def shadowed_in_class():
    x = "function x"

    class C:
        x = "class x"

        def method(self):
            return x

        seen_in_body = x

    return C.x, C().method(), C.seen_in_body


print(shadowed_in_class())


def class_reads_free():
    limit = 3

    class Bounded:
        maximum = limit * 2
        values = [limit + i for i in range(limit)]

        def check(self, n):
            return n <= limit

    return Bounded.maximum, Bounded.values, Bounded().check(2), Bounded().check(4)


print(class_reads_free())


def counter_class():
    created = 0

    class Tracked:
        def __init__(self):
            nonlocal created
            created += 1
            self.serial = created

    a, b, c = Tracked(), Tracked(), Tracked()
    return created, [t.serial for t in (a, b, c)]


print(counter_class())


class Outer:
    base = 10

    def method(self, k):
        offsets = [self.base + i for i in range(k)]

        def total():
            return sum(offsets) + k
        return total()


print(Outer().method(3))

# Class-based managers as real programs write them: a lock, a timer, a transaction, a redirect.
class Lock:
    def __init__(self):
        self.held = False
        self.log = []

    def __enter__(self):
        if self.held:
            raise RuntimeError("lock already held")
        self.held = True
        self.log.append("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.held = False
        self.log.append("release")
        return False


lock = Lock()
with lock:
    print("held:", lock.held)
print("held:", lock.held)
try:
    with lock:
        with lock:
            print("never")
except RuntimeError as e:
    print(e, lock.held)
print(lock.log)


class FakeClock:
    def __init__(self):
        self.now = 100

    def tick(self, n):
        self.now += n


clock = FakeClock()


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self.start = clock.now
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = clock.now - self.start
        print(f"{self.label}: {self.elapsed} ticks")


with Timer("work") as t:
    for i in range(5):
        clock.tick(i)
print(t.elapsed)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back:", exc)
            return True
        print("committed")


accounts = {"alice": 10, "bob": 5}
with Transaction(accounts) as store:
    store["alice"] -= 3
    store["bob"] += 3
print(accounts)
with Transaction(accounts) as store:
    store["alice"] -= 100
    if store["alice"] < 0:
        raise ValueError("insufficient funds")
print(accounts)


class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Indent.level -= 1

    def say(self, text):
        print("  " * Indent.level + text)


with Indent() as out:
    out.say("one")
    with Indent() as inner:
        inner.say("two")
        with Indent():
            inner.say("three")
    out.say("back to one")


class Collect:
    """A manager whose __enter__ and __exit__ come from a base class."""

    def __enter__(self):
        self.items = []
        return self.items

    def __exit__(self, t, v, tb):
        print("collected", self.items)


class Squares(Collect):
    pass


with Squares() as items:
    for i in range(4):
        items.append(i * i)


# __enter__/__exit__ are looked up on the type, not the instance.
class Plain:
    pass


obj = Plain()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda t, v, tb: None
try:
    with obj:
        pass
except TypeError as e:
    print(e)


# Methods added to the class later are found.
Plain.__enter__ = lambda self: "late enter"
Plain.__exit__ = lambda self, t, v, tb: print("late exit")
with Plain() as late:
    print(late)


# A staticmethod and a classmethod work too.
class Odd:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    @staticmethod
    def __exit__(t, v, tb):
        print("static exit", t, v, tb)


with Odd() as name:
    print(name)

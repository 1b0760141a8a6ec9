# Classes made inside functions (methods with free variables and the class cell at once), super()
# again after an exception left a compiled super() chain, and methods calling super() from a generator.
class Base:
    def f(self, x):
        if x < 0:
            raise ValueError(x)
        return x
    def g(self):
        return "Base.g"
class D(Base):
    def f(self, x):
        return super().f(x) + 1
    def g(self):
        return "D." + super().g()
def gen(objs):
    for o in objs:
        yield o.g()
d = D()
out = []
for i in range(200):
    try:
        out.append(d.f(i - 100))
    except ValueError as e:
        out.append(d.g())
print(len(out), out[:2], out[-2:])
print(list(gen([D(), D(), Base()])))
class E(D):
    def g(self):
        return "E." + "".join(super().g() for _ in range(1))
for attempt in range(50):
    try:
        E().g()
    except TypeError as error:
        message = f"TypeError: {error}"
print(message)
class F(Base):
    def g(self):
        h = lambda: super(F, self).g()
        return [h() for _ in range(2)]
print(F().g())


def make_classes(scale):
    offset = scale * 2
    class Base:
        def value(self, x):
            return x * scale
    class Child(Base):
        factor = offset
        def value(self, x):
            return super().value(x) + offset
        def many(self, xs):
            return [super(Child, self).value(x) + self.factor for x in xs]
    return Child
results = []
for s in range(60):
    C = make_classes(s)
    c = C()
    results.append((c.value(3), c.many([1, 2])))
print(results[:3], results[-1])
def counter():
    n = 0
    class K:
        def bump(self):
            nonlocal n
            n += 1
            return n
    return K
K = counter()
k = K()
for i in range(100):
    k.bump()
print(k.bump(), K().bump())

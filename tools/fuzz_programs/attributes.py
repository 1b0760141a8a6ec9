"""The attributes kind: hot loops reading attributes and calling methods of instances while the program
changes what those names mean: instance attributes shadowing class ones, properties, __slots__,
__getattr__ fallbacks, methods replaced on the class, its base or the instance, attributes deleted."""
from .recording import recorded

CHANGES = [
    "Base.method = lambda self, k: ('patched base', k)",
    "Mid.method = lambda self, k: ('patched mid', k)",
    "del Mid.method",
    "Base.shared = 'base shared changed'",
    "Mid.shared = 'mid shared'",
    "objs[0].shared = 'instance shared'",
    "objs[1].method = lambda k: ('instance method', k)",
    "del objs[0].value",
    "objs[2].value = 'reassigned'",
    "Base.value = property(lambda self: 'property value')",
    "Mid.__getattr__ = lambda self, name: ('fallback', name)",
    "Leaf.prop = property(lambda self: 'leaf prop')",
    "Base.counter = staticmethod(lambda k: ('static', k))",
    "Base.counter = classmethod(lambda cls, k: (cls.__name__, k))",
]


def attributes_program(rng):
    lines = [
        "class Base:",
        "    shared = 'base shared'",
        "    def __init__(self, value):",
        "        self.value = value",
        "    def method(self, k):",
        "        return ('base', self.value, k)",
        "    def counter(self, k):",
        "        return ('counter', k)",
        "    @property",
        "    def prop(self):",
        "        return ('prop', self.value)",
        "class Mid(Base):",
        "    def method(self, k):",
        "        return ('mid', k, super().method(k))",
        "class Leaf(Mid):",
        "    pass",
        "class Slotted(Base):",
        "    __slots__ = ('extra',)",
        "objs = [Base(1), Mid(2), Leaf(3), Slotted(4)]",
        "def read(o, k):",
        "    out = []",
    ]
    for expression in rng.sample(["o.value", "o.shared", "o.method(k)", "o.prop", "o.counter(k)",
                                  "getattr(o, 'missing', 'default')", "hasattr(o, 'value')",
                                  "type(o).__name__", "callable(o.method)", "[o.method(j) for j in range(2)]"], 6):
        lines.append(recorded(expression))
    lines += [
        "    return out",
        "def rounds(label):",
        "    for o in objs:",
        "        for k in range(30):",
        "            result = read(o, k)",
        "        print(label, type(o).__name__, result)",
        "rounds('start')",
    ]
    for change in rng.sample(CHANGES, 4):
        lines += [f"try:\n    {change}\nexcept Exception as error:\n    print('change failed', type(error).__name__, error)",
                  f"rounds({change!r})"]
    return "\n".join(lines) + "\n"

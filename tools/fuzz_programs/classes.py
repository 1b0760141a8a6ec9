"""The classes kind: operators and comparisons between instances of random classes whose special methods
return values, NotImplemented or raise, with methods patched, set to None and deleted between rounds."""
from .recording import recorded


SPECIAL_METHODS = ["__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__", "__rmul__",
                   "__truediv__", "__rtruediv__", "__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__",
                   "__bool__", "__len__"]
CLASS_OPERATORS = ["+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!="]


def special_method_body(rng, class_name, method):
    if method == "__bool__":
        return rng.choice(["return True", "return False", "return self.v > 1", "raise ValueError('bool')"])
    if method == "__len__":
        return rng.choice(["return self.v", "return 0", "raise ValueError('len')"])
    return rng.choice([
        f"return ({class_name!r}, {method!r}, type(other).__name__)",
        "return NotImplemented",
        "return NotImplemented if isinstance(other, (int, float)) else self.v",
        "return self.v < getattr(other, 'v', 0)",
        f"raise ValueError({method!r})",
    ])


def classes_program(rng):
    lines = []
    names = ["A", "B", "C"]
    for index, name in enumerate(names):
        base = rng.choice(names[:index]) if index and rng.random() < 0.6 else "object"
        lines += [f"class {name}({base}):", "    def __init__(self, v):", "        self.v = v",
                  "    def __repr__(self):", f"        return '{name}(' + repr(self.v) + ')'"]
        for method in rng.sample(SPECIAL_METHODS, rng.randint(2, 8)):
            lines += [f"    def {method}(self, other=None):", f"        {special_method_body(rng, name, method)}"]
    lines += ["def run(a, b):", "    out = []"]
    for _ in range(24):
        op = rng.choice(CLASS_OPERATORS)
        form = rng.choice([f"a {op} b", f"b {op} a", f"bool(a {op} b)", f"not (a {op} b)"])
        if op in "+-*/" and rng.random() < 0.3:
            form = f"_inplace(a, b, {op!r})"
        if rng.random() < 0.15:
            form = rng.choice(["bool(a)", "len(a)", "a < b < a", "a == b == a"])
        lines.append(recorded(form))
    lines += ["    return out",
              "def _inplace(a, b, op):",
              "    x = a",
              "    if op == '+': x += b",
              "    elif op == '-': x -= b",
              "    elif op == '*': x *= b",
              "    else: x /= b",
              "    return x",
              "values = [A(1), A(2), B(3), C(0), 2, 1.5, None, 'text']",
              "def rounds():",
              "    for x in values:",
              "        for y in values:",
              "            for _ in range(40):",
              "                result = run(x, y)",
              "            print(x, y, result)",
              "rounds()"]
    for _ in range(2):
        cls = rng.choice(names)
        method = rng.choice(SPECIAL_METHODS)
        change = rng.choice([f"{cls}.{method} = lambda self, other=None: ('patched', {method!r})",
                             f"{cls}.{method} = None",
                             f"if {method!r} in {cls}.__dict__: delattr({cls}, {method!r})"])
        lines += [change, "rounds()"]
    return "\n".join(lines) + "\n"

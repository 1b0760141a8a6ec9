#!/usr/bin/env python3
"""Differential fuzzing of Viper against CPython 3.11 with generated programs.

Usage:
    python3 tools/differential_fuzz.py --viper PATH [--kind KIND]... [--seeds N] [--first K] [--keep DIR]

Each seed generates one program of each kind, deterministically:
    expressions  mixed int/float/bool/big-int operands through every binary and unary operator,
                 in a function called repeatedly (so the CIL tier compiles it)
    loops        a loop whose variables change type and magnitude and may raise mid-loop
                 (specialized int and float code, its overflow checks and deoptimizations)
    formatting   format() with random specs, % formatting and str/repr of edge-case numbers
    classes      operators and comparisons between instances of random classes (a subclass or
                 two) whose special methods return values, NotImplemented or raise, in a hot
                 function, with methods patched, set to None and deleted between rounds
    generators   generator functions with yields inside loops, try/except/finally, yield from
                 and returns, driven by for loops, builtins, send(), throw() and close()

The program runs under CPython (this interpreter, which must be 3.11) and under Viper in the
default tier, --tier jit, --tier interp and --tier auto --jit-threshold 3; any difference in
stdout, stderr or exit status is reported with the seed, and the program is written to --keep
(default: a temporary directory) so it can be rerun. Programs CPython itself cannot finish in
time are skipped. Exit status 1 when some seed differed.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

REQUIRED = (3, 11)
TIMEOUT_SECONDS = 30
MODES = [[], ["--tier", "jit"], ["--tier", "interp"], ["--tier", "auto", "--jit-threshold", "3"]]

OPERATORS = ["+", "-", "*", "//", "%", "/", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="]


# Each form with its share of the non-leaf expressions; the rest are binary operations.
FORMS = [
    (0.08, lambda sub, rng: f"(-{sub()})"),
    (0.04, lambda sub, rng: f"(not {sub()})"),
    (0.04, lambda sub, rng: f"abs({sub()})"),
    (0.04, lambda sub, rng: f"min({sub()}, {sub()})"),
    (0.04, lambda sub, rng: f"({sub()} << {rng.randint(0, 70)})"),
    (0.04, lambda sub, rng: f"({sub()} ** {rng.randint(0, 3)})"),
    (0.03, lambda sub, rng: f"int({sub()})"),
    (0.03, lambda sub, rng: f"round({sub()})"),
    (0.03, lambda sub, rng: f"({sub()} if {sub()} else {sub()})"),
]


def expression(rng, atoms, depth):
    if depth == 0 or rng.random() < 0.3:
        return rng.choice(atoms)
    sub = lambda: expression(rng, atoms, depth - 1)
    r = rng.random()
    for share, form in FORMS:
        if r < share:
            return form(sub, rng)
        r -= share
    return f"({sub()} {rng.choice(OPERATORS + ['and', 'or'])} {sub()})"


def expressions_program(rng):
    atoms = ["a", "b", "c", "d", "0", "1", "-1", "7", "-7", "2.5", "-0.0", "3.0", "True", "False",
             "10**20", "-(2**63)", "2**63-1", "0.1"]
    lines = ["def run(a, b, c, d):", "    out = []"]
    for _ in range(60):
        lines.append(f"    try:\n        out.append(repr({expression(rng, atoms, 3)}))\n"
                     "    except Exception as error:\n        out.append(type(error).__name__ + ': ' + str(error))")
    lines += ["    return out",
              "for args in [(3, -5, 2.0, True), (0, 1, -0.5, False), (2**62, -(2**62), 1e300, 7)]:",
              "    for _ in range(3):",
              "        result = run(*args)",
              "    print('\\n'.join(result))"]
    return "\n".join(lines) + "\n"


def loops_program(rng):
    atoms = ["i", "a", "b", "c", "x", "acc", "0", "1", "-1", "3", "-7", "2.5", "0.5", "True", "False",
             "2**40", "-(2**63)", "2**62", "(2**31-1)"]
    lines = ["def run(a, b, c):", "    acc = 0", "    x = 1", "    log = []", f"    for i in range({rng.randint(5, 300)}):"]
    for _ in range(rng.randint(2, 6)):
        target = rng.choice(["x", "acc"])
        lines.append(f"        try:\n            {target} = {expression(rng, atoms, 3)}\n"
                     "        except (ZeroDivisionError, OverflowError, ValueError, TypeError) as error:\n"
                     "            log.append(type(error).__name__)")
        # Keeps values bounded, so that CPython finishes in time.
        lines.append(f"        if isinstance({target}, float) and abs({target}) > 1e200: {target} = 1.5")
        lines.append(f"        if isinstance({target}, int) and abs({target}) > 2**200: {target} = {target} % 1000003")
    lines += ["    return acc, x, log[-5:], len(log)",
              "for args in [(3, -5, 2.0), (0, 1, -0.5), (2**62, -(2**62), 7), (True, 2**63, 0.1)]:",
              "    for _ in range(3):",
              "        result = run(*args)",
              "    print(repr(result))"]
    return "\n".join(lines) + "\n"


def format_spec(rng):
    align = rng.choice(["", "", "<", ">", "^", "="])
    fill = rng.choice(["", "*", "0", " "]) if align else ""
    return (fill + align + rng.choice(["", "", "+", "-", " "]) + rng.choice(["", "", "#"])
            + rng.choice(["", "", "0"]) + rng.choice(["", "", "1", "8", "15"]) + rng.choice(["", "", ",", "_"])
            + rng.choice(["", "", ".0", ".1", ".3", ".10"])
            + rng.choice(["", "d", "f", "e", "g", "G", "E", "F", "%", "x", "X", "o", "b", "n", "c", "s", "r"]))


def formatting_program(rng):
    values = ["0", "-0.0", "1", "-1", "7", "123456789", "-98765", "2**64", "-(2**70)", "0.1", "-2.5", "1e16",
              "1.5e-7", "123.456", "float('inf')", "float('-inf')", "float('nan')", "True", "3.14159265358979",
              "1e300", "5e-324", "0.5", "2.675", "1234567.891"]
    conversions = ["%s", "%r", "%d", "%5.2f", "%-8.3e", "%+g", "%x", "%o", "%08.3f", "%#x", "%c", "%.0f", "%10s"]
    caught = "(ValueError, TypeError, OverflowError)"
    lines = ["def show(v, spec):", "    try:", "        return format(v, spec)",
             f"    except {caught} as error:", "        return type(error).__name__ + ': ' + str(error)", "out = []"]
    for _ in range(80):
        lines.append(f"out.append(repr(show({rng.choice(values)}, {format_spec(rng)!r})))")
    for _ in range(30):
        lines.append(f"try:\n    out.append(repr({rng.choice(conversions)!r} % ({rng.choice(values)},)))\n"
                     f"except {caught} as error:\n    out.append(type(error).__name__ + ': ' + str(error))")
    for _ in range(20):
        value = rng.choice(values)
        lines.append(f"out.append(repr(str({value})) + ' ' + repr(repr({value})))")
    lines.append("print('\\n'.join(out))")
    return "\n".join(lines) + "\n"


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
        lines.append(f"    try:\n        out.append(repr({form}))\n"
                     "    except Exception as error:\n        out.append(type(error).__name__ + ': ' + str(error))")
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


def generator_body(rng, depth, indent):
    pad = " " * indent
    lines = []
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        if choice < 0.25:
            lines.append(f"{pad}yield {rng.choice(['acc', 'i', 'acc * 2', '(acc, i)', 'str(acc)', 'x'])}")
        elif choice < 0.35:
            lines.append(f"{pad}x = yield acc")
            lines.append(f"{pad}acc += x if isinstance(x, int) else 1")
        elif choice < 0.45:
            lines.append(f"{pad}acc += {rng.randint(1, 9)}")
        elif choice < 0.52:
            lines.append(f"{pad}if acc > {rng.randint(5, 60)}:")
            lines.append(f"{pad}    return {rng.choice(['acc', 'None', '(acc, i)'])}")
        elif choice < 0.58:
            lines.append(f"{pad}if acc % {rng.randint(3, 11)} == 0:")
            lines.append(f"{pad}    raise {rng.choice(['ValueError', 'KeyError', 'StopIteration'])}('at ' + str(acc))")
        elif choice < 0.66:
            lines.append(f"{pad}got = yield from sub({rng.randint(0, 4)}, acc)")
            lines.append(f"{pad}acc += got")
        elif choice < 0.80 and depth > 0:
            lines.append(f"{pad}for i in range({rng.randint(0, 5)}):")
            lines += generator_body(rng, depth - 1, indent + 4)
        elif depth > 0:
            lines.append(f"{pad}try:")
            lines += generator_body(rng, depth - 1, indent + 4)
            lines.append(f"{pad}except {rng.choice(['ValueError', 'KeyError', 'Exception', 'GeneratorExit'])} as error:")
            lines.append(f"{pad}    log.append(('caught', type(error).__name__))")
            if rng.random() < 0.5:
                lines.append(f"{pad}    yield 'handled'")
            if rng.random() < 0.5:
                lines.append(f"{pad}finally:")
                lines.append(f"{pad}    log.append('finally')")
        else:
            lines.append(f"{pad}log.append(acc)")
    return lines


def generators_program(rng):
    lines = ["log = []",
             "def sub(n, start):",
             "    total = 0",
             "    for k in range(n):",
             "        got = yield start + k",
             "        total += k if got is None else 1",
             "    return total"]
    for index in range(3):
        lines += [f"def gen{index}(acc, x=0):", "    i = 0", "    yield 'start'"]
        lines += generator_body(rng, 2, 4)
        lines.append(f"    return {rng.choice(['acc', 'None', 'i'])}")
    drivers = [
        "list(g)",
        "sum(v for v in g if isinstance(v, int))",
        "[str(v) for v in g]",
        "any(v == 3 for v in g)",
        "sorted(map(str, g))",
        "tuple(zip(g, range(4)))",
        "list(enumerate(g))",
        "step(g)",
        "sends(g)",
        "throws(g)",
        "closes(g)",
    ]
    lines += ["def step(g):",
              "    out = []",
              "    while True:",
              "        try:",
              "            out.append(next(g))",
              "        except StopIteration as stop:",
              "            out.append(('return', stop.value))",
              "            return out",
              "def sends(g):",
              "    out = [next(g)]",
              "    for value in (1, 'a', None, 5, 7):",
              "        out.append(g.send(value))",
              "    return out",
              "def throws(g):",
              "    out = [next(g)]",
              "    out.append(g.throw(ValueError('thrown')))",
              "    out.append(next(g))",
              "    return out",
              "def closes(g):",
              "    out = [next(g), next(g)]",
              "    g.close()",
              "    out.append(list(g))",
              "    return out",
              "def drive(k):",
              "    results = []"]
    for index in range(3):
        for driver in rng.sample(drivers, 5):
            # Closed explicitly, again after a close it ignored: CPython finalizes an abandoned
            # generator at once, a collector later.
            lines.append(f"    g = gen{index}(k)\n    try:\n        results.append(repr({driver}))\n"
                         "    except Exception as error:\n        results.append(type(error).__name__ + ': ' + str(error))\n"
                         "    for _ in range(3):\n        try:\n            g.close()\n            break\n"
                         "        except Exception as error:\n            results.append('close: ' + type(error).__name__ + ': ' + str(error))")
    lines += ["    return results",
              "for k in (0, 1, 4, 9):",
              "    for _ in range(60):",
              "        log.clear()",
              "        result = drive(k)",
              "    print(k, result, log[-6:])"]
    return "\n".join(lines) + "\n"


EXCEPTION_TYPES = ["ValueError", "KeyError", "TypeError", "ZeroDivisionError", "LookupError", "Exception"]


def exception_body(rng, depth, indent, in_loop):
    pad = " " * indent
    lines = []
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        if choice < 0.2:
            lines.append(f"{pad}log.append(('at', {rng.randint(0, 99)}, n))")
        elif choice < 0.3:
            lines.append(f"{pad}n += {rng.choice(['1', 'n', '10 // (n - 3)', 'len(str(n))'])}")
        elif choice < 0.4:
            lines.append(f"{pad}if n % {rng.randint(2, 5)} == {rng.randint(0, 1)}:")
            lines.append(f"{pad}    raise {rng.choice(EXCEPTION_TYPES)}('raised at ' + str(n))")
        elif choice < 0.46:
            lines.append(f"{pad}if n > {rng.randint(3, 30)}:")
            lines.append(f"{pad}    return ('returned', n)")
        elif choice < 0.54 and in_loop:
            lines.append(f"{pad}if n % {rng.randint(2, 4)} == 0:")
            lines.append(f"{pad}    {rng.choice(['break', 'continue'])}")
        elif choice < 0.58:
            lines.append(f"{pad}d = {{'k': n}}")
            lines.append(f"{pad}n += d[{rng.choice(['k', 'missing'])!r}]")
        elif choice < 0.72 and depth > 0:
            lines.append(f"{pad}for i in range({rng.randint(1, 4)}):")
            lines += exception_body(rng, depth - 1, indent + 4, True)
        elif depth > 0:
            lines.append(f"{pad}try:")
            lines += exception_body(rng, depth - 1, indent + 4, in_loop)
            caught = rng.sample(EXCEPTION_TYPES, rng.randint(1, 2))
            for name in caught:
                lines.append(f"{pad}except {name} as error:")
                lines.append(f"{pad}    log.append(('caught', type(error).__name__, str(error)))")
                handler = rng.random()
                if handler < 0.2:
                    lines.append(f"{pad}    raise RuntimeError('wrapped') from error")
                elif handler < 0.35:
                    lines.append(f"{pad}    raise")
                elif handler < 0.45:
                    lines.append(f"{pad}    raise ValueError('during handling')")
                elif handler < 0.55:
                    lines.append(f"{pad}    return ('handled', n)")
                else:
                    lines += exception_body(rng, depth - 1, indent + 4, in_loop)
            if rng.random() < 0.4:
                lines.append(f"{pad}else:")
                lines += exception_body(rng, depth - 1, indent + 4, in_loop)
            if rng.random() < 0.5:
                lines.append(f"{pad}finally:")
                lines.append(f"{pad}    log.append('finally')")
                if rng.random() < 0.25:
                    lines.append(f"{pad}    if n % 7 == 0:")
                    lines.append(f"{pad}        return ('from finally', n)")
        else:
            lines.append(f"{pad}n = n * 2 + 1")
    return lines


def exceptions_program(rng):
    lines = ["log = []"]
    for index in range(3):
        lines += [f"def f{index}(n):"]
        lines += exception_body(rng, 3, 4, False)
        lines.append("    return ('end', n)")
    lines += ["def describe(error):",
              "    chain = []",
              "    while error is not None and len(chain) < 4:",
              "        chain.append(type(error).__name__ + ': ' + str(error))",
              "        error = error.__cause__ or error.__context__",
              "    return chain",
              "def run(n):",
              "    out = []",
              "    for f in (f0, f1, f2):",
              "        log.clear()",
              "        try:",
              "            out.append((f(n), log[:8]))",
              "        except Exception as error:",
              "            out.append((describe(error), log[:8]))",
              "    return out",
              "for n in range(12):",
              "    for _ in range(40):",
              "        result = run(n)",
              "    print(n, result)"]
    return "\n".join(lines) + "\n"


CONTAINERS = ["xs", "ts", "d", "s", "text", "pairs", "it", "xs[1:]", "ts[::-1]", "list(d)", "d.items()",
              "sorted(s)", "range(len(xs))", "zip(xs, ts)", "enumerate(ts)", "reversed(xs)"]


def container_body(rng, depth, indent, names):
    pad = " " * indent
    lines = []
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        if choice < 0.3 and depth > 0:
            name = f"v{depth}"
            lines.append(f"{pad}for {name} in {rng.choice(CONTAINERS)}:")
            lines.append(f"{pad}    out.append({name})")
            lines += container_body(rng, depth - 1, indent + 4, names + [name])
            if rng.random() < 0.3:
                lines.append(f"{pad}else:")
                lines.append(f"{pad}    out.append('else')")
            if rng.random() < 0.5:
                lines.append(f"{pad}out.append(('after', {name}))")
        elif choice < 0.4:
            lines.append(f"{pad}xs.append(len(out) % 7)")
            lines.append(f"{pad}if len(xs) > 12: del xs[:6]")
        elif choice < 0.48:
            lines.append(f"{pad}d[len(out) % 5] = len(xs)")
        elif choice < 0.54:
            lines.append(f"{pad}s.add(len(out) % 6)")
        elif choice < 0.62 and names:
            lines.append(f"{pad}if len(out) % {rng.randint(2, 5)} == 0:")
            lines.append(f"{pad}    {rng.choice(['break', 'continue'])}")
        elif choice < 0.7:
            lines.append(f"{pad}out.append({rng.choice(['[v * 2 for v in xs if v % 2]', '{k: v for k, v in d.items()}', 'sorted({v % 3 for v in xs})', 'sum(x for x in ts)', 'tuple(zip(ts, text))', 'max(xs, default=None)', 'xs[-2:]', 'list(d.values())[:3]'])})")
        elif choice < 0.76:
            lines.append(f"{pad}a, *b = ts if ts else (0,)")
            lines.append(f"{pad}out.append((a, b))")
        elif choice < 0.82:
            lines.append(f"{pad}out.append(next(it, 'done'))")
        elif choice < 0.88:
            lines.append(f"{pad}xs.sort(reverse={rng.choice(['True', 'False'])})")
        elif choice < 0.94:
            lines.append(f"{pad}ts = ts[1:] + ts[:1]")
        else:
            lines.append(f"{pad}text = text[::-1]")
    return lines


def containers_program(rng):
    lines = ["def run(seed):",
             "    xs = [seed, 3, 1, 4]",
             "    ts = (1, seed, 2)",
             "    d = {1: 'a', 2: 'b', seed: 'c'}",
             "    s = {seed, 5}",
             "    text = 'ab' + str(seed)",
             "    pairs = [(1, 2), (seed, 4)]",
             "    it = iter(xs[:3])",
             "    out = []",
             "    v1 = v2 = v3 = None",
             "    try:"]
    lines += container_body(rng, 3, 8, [])
    lines += ["    except RuntimeError as error:",
              "        out.append(('RuntimeError', str(error)))",
              "    return out[:40], len(out), xs[:8], sorted(d.items())[:5], sorted(s)",
              "for seed in range(6):",
              "    for _ in range(30):",
              "        result = run(seed)",
              "    print(seed, result)"]
    return "\n".join(lines) + "\n"


KINDS = {"expressions": expressions_program, "loops": loops_program, "formatting": formatting_program,
         "classes": classes_program, "generators": generators_program, "exceptions": exceptions_program,
         "containers": containers_program}


def run(command, path):
    try:
        done = subprocess.run(command + [path], capture_output=True, timeout=TIMEOUT_SECONDS, cwd=os.path.dirname(path),
                              env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return None


def main():
    if sys.version_info[:2] != REQUIRED:
        sys.exit(f"differential_fuzz.py needs CPython {REQUIRED[0]}.{REQUIRED[1]}, not {sys.version.split()[0]}")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--viper", required=True, help="the viper command to test")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="program kinds (default: all)")
    parser.add_argument("--seeds", type=int, default=50, help="seeds per kind (default 50)")
    parser.add_argument("--first", type=int, default=1, help="first seed (default 1)")
    parser.add_argument("--keep", help="directory for the generated programs (default: a temporary one)")
    options = parser.parse_args()
    directory = options.keep or tempfile.mkdtemp(prefix="viper-fuzz-")
    os.makedirs(directory, exist_ok=True)
    differences = 0
    for kind in options.kind or sorted(KINDS):
        for seed in range(options.first, options.first + options.seeds):
            path = os.path.join(directory, f"{kind}_{seed}.py")
            with open(path, "w", encoding="utf-8") as program:
                program.write(KINDS[kind](random.Random(seed)))
            expected = run([sys.executable], path)
            if expected is None:
                continue
            for mode in MODES:
                got = run([options.viper] + mode, path)
                if got != expected:
                    differences += 1
                    print(f"{kind} seed {seed} differs under viper {' '.join(mode) or '(default tier)'}: {path}")
                    break
    print(f"{differences} of {len(options.kind or KINDS) * options.seeds} programs differed; programs in {directory}")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()

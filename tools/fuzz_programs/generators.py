"""The generators kind: generator functions with yields in loops, try/except/finally, yield from and
returns, driven by for loops, builtins, send(), throw() and close()."""


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

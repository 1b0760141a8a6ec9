"""The exceptions kind: nested try/except/else/finally inside loops, with break, continue and return in
every clause, raise ... from, bare raise and the exception chain."""


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

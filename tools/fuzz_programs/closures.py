"""The closures kind: nested functions, lambdas and generator expressions reading and rebinding the
variables of the functions around them (nonlocal, global, default arguments, cells changed in loops)."""


def closure_statements(rng, depth, indent, names, assignable):
    pad = " " * indent
    lines = []
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        name = rng.choice(names)
        target = rng.choice(assignable)
        if choice < 0.2:
            lines.append(f"{pad}{target} = {rng.choice(['0', '1', target + ' + 1', target + ' * 2', 'len(log)'])}")
        elif choice < 0.3:
            lines.append(f"{pad}log.append(({name!r}, {name}))")
        elif choice < 0.4:
            lines.append(f"{pad}fs.append(lambda k={name}: ('default', k, {name}))")
        elif choice < 0.5:
            lines.append(f"{pad}fs.append(lambda: ('late', {name}))")
        elif choice < 0.58:
            lines.append(f"{pad}log.append(sum({name} + j for j in range(3)))")
        elif choice < 0.64:
            lines.append(f"{pad}counter += 1")
        elif choice < 0.8 and depth > 0:
            inner = f"inner{depth}_{len(lines)}"
            own = f"own{depth}"
            lines.append(f"{pad}def {inner}({own}=1):")
            lines.append(f"{pad}    global counter")
            rebinds = [own]
            if rng.random() < 0.6:
                lines.append(f"{pad}    nonlocal {name}")
                lines.append(f"{pad}    {name} = {name} + {own}")
                rebinds.append(name)
            lines += closure_statements(rng, depth - 1, indent + 4, names + [own], rebinds)
            lines.append(f"{pad}    return {rng.choice(names + [own])}")
            lines.append(f"{pad}log.append(('called', {inner}(), {inner}({rng.randint(2, 5)})))")
            lines.append(f"{pad}fs.append({inner})")
        elif depth > 0:
            lines.append(f"{pad}for {target} in range({rng.randint(1, 4)}):")
            lines += closure_statements(rng, depth - 1, indent + 4, names, assignable)
        elif indent == 4:
            # Only the outer function calls what it collected: an inner one calling itself
            # recurses until the limit, where CPython's and Viper's frames differ by design.
            lines.append(f"{pad}log.append([f() for f in fs[-3:]])")
        else:
            lines.append(f"{pad}log.append(len(fs))")
    return lines


def closures_program(rng):
    lines = ["counter = 0", "def outer(a, b):", "    global counter", "    log = []", "    fs = []", "    c = a + b"]
    lines += closure_statements(rng, 3, 4, ["a", "b", "c"], ["a", "b", "c"])
    lines += ["    return log[-12:], [f() for f in fs][-6:], a, b, c",
              "for args in [(1, 2), (0, 5), (7, -3)]:",
              "    for _ in range(40):",
              "        result = outer(*args)",
              "    print(args, result, counter)"]
    return "\n".join(lines) + "\n"

"""The containers kind: nested loops over lists, tuples, dicts, sets, strings and iterators that the loop
bodies mutate, slice, unpack, break out of and comprehend."""


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

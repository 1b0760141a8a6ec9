"""The methods kind: list, dict, set, tuple and bytes methods called with random arguments (wrong types,
out-of-range indices and missing keys included) in a hot function, on fresh copies each call."""
from .recording import recorded

RECEIVERS = {
    "xs": ["append", "extend", "insert", "remove", "pop", "index", "count", "sort", "reverse", "copy", "clear"],
    "d": ["get", "pop", "popitem", "setdefault", "update", "keys", "values", "items", "copy", "fromkeys", "clear"],
    "s": ["add", "discard", "remove", "pop", "union", "intersection", "difference", "symmetric_difference",
          "issubset", "issuperset", "isdisjoint", "update", "copy"],
    "ts": ["index", "count"],
    "bs": ["split", "find", "count", "replace", "startswith", "decode", "hex", "strip", "join", "upper"],
}
ARGUMENTS = ["0", "1", "-1", "5", "10**20", "'a'", "None", "[2, 1]", "(1, 2)", "{1: 2}", "{3}", "b'a'", "2.5"]


def methods_program(rng):
    # Sets print sorted by repr, and k is an int: str hashes, and so the order of a set of strs
    # (and which item set.pop() takes), differ from CPython's by design.
    lines = ["def show(v):",
             "    return sorted(map(repr, v)) if isinstance(v, (set, frozenset)) else repr(v)",
             "def run(k):",
             "    xs = [3, 1, 2, k]",
             "    d = {1: 'a', 'b': 2, k: None}",
             "    s = {1, 2, k}",
             "    ts = (1, 2, 1, k)",
             "    bs = b'a,b'",
             "    out = []"]
    for _ in range(36):
        receiver = rng.choice(sorted(RECEIVERS))
        method = rng.choice(RECEIVERS[receiver])
        # No strs go into the set: which item set.pop() takes would then hang on str hashes. Nor
        # None, whose hash in CPython 3.11 is its address: 3.11.2 and 3.11.7 order {1, 2, 4, None}
        # differently, and Viper takes 3.12's fixed hash.
        choices = [a for a in ARGUMENTS if not a.startswith("'") and a != "None"] if receiver == "s" else ARGUMENTS
        arguments = [rng.choice(choices) for _ in range(rng.randint(0, 2))]
        if method == "sort" and rng.random() < 0.5:
            arguments = [rng.choice(["key=len", "reverse=True", "key=str"])]
        lines.append(recorded(f"{receiver}.{method}({', '.join(arguments)})", shown_by="show"))
        lines.append(f"    out.append(show({receiver}))")
    lines += ["    return out",
              "for k in (0, 4, -2):",
              "    for _ in range(20):",
              "        result = run(k)",
              "    print(k)",
              "    print('\\n'.join(map(str, result)))"]
    return "\n".join(lines) + "\n"

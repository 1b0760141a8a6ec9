"""The strings kind: str methods, slicing, f-strings and % formatting with random arguments (wrong types
and out-of-range values included) in a hot function."""
from .recording import recorded

VALUES = ["s", "t", "''", "'a,b,,c'", "'  pad  '", "'ÄßΩ'", "('x' * 3)", "'MiXeD cAsE'", "'12'", "'\\t tab\\n'"]
ARGUMENTS = ["''", "','", "'a'", "'b,'", "0", "1", "-1", "2", "None", "3.5", "'xyz'", "('a', 'b')", "[1]", "10**20"]
METHODS = ["split", "rsplit", "join", "replace", "find", "rfind", "index", "count", "startswith", "endswith",
           "strip", "lstrip", "rstrip", "partition", "rpartition", "center", "ljust", "zfill", "expandtabs",
           "upper", "lower", "title", "swapcase", "casefold", "isdigit", "isalpha", "splitlines", "encode",
           "removeprefix", "removesuffix", "capitalize", "isidentifier", "format"]


def string_expression(rng):
    choice = rng.random()
    value = rng.choice(VALUES)
    if choice < 0.5:
        arguments = ", ".join(rng.choice(ARGUMENTS) for _ in range(rng.randint(0, 3)))
        return f"{value}.{rng.choice(METHODS)}({arguments})"
    if choice < 0.7:
        bounds = [rng.choice(["", "0", "1", "-1", "-3", "10", "None", "k"]) for _ in range(3)]
        if bounds[2] in ("0",):
            bounds[2] = "2"
        return f"{value}[{bounds[0]}:{bounds[1]}:{bounds[2]}]"
    if choice < 0.85:
        spec = rng.choice(["", ">6", "<4", "^7", "*^9", ".2", "!r", "!s:>5", "=^5", ".0", "10"])
        # An f-string's expression may not hold a backslash before Python 3.12.
        value = rng.choice([v for v in VALUES if "\\" not in v])
        return f'f"{{{value}{"" if spec.startswith("!") or not spec else ":"}{spec}}}|{{k}}"'
    template = rng.choice(["'%s'", "'%r|%s'", "'%5s'", "'%-4s|'", "'%d'", "'%x'", "'%c'", "'%(k)s'"])
    operand = rng.choice([value, f"({value}, k)", "k", "{'k': k}", "(k,)"])
    return f"{template} % {operand}"


def strings_program(rng):
    lines = ["def run(s, t, k):", "    out = []"]
    for _ in range(40):
        lines.append(recorded(string_expression(rng)))
    lines += ["    return out",
              "for args in [('abc', 'a'), ('', 'zz'), ('a,b', ','), ('ÿ€', 'x')]:",
              "    for k in (0, 2, -1):",
              "        for _ in range(12):",
              "            result = run(*args, k)",
              "        print(args, k)",
              "        print('\\n'.join(result))"]
    return "\n".join(lines) + "\n"

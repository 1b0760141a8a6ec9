"""The expressions kind: every binary and unary operator on mixed numbers, in a function called repeatedly."""
from .expression import expression
from .recording import recorded


def expressions_program(rng):
    atoms = ["a", "b", "c", "d", "0", "1", "-1", "7", "-7", "2.5", "-0.0", "3.0", "True", "False",
             "10**20", "-(2**63)", "2**63-1", "0.1"]
    lines = ["def run(a, b, c, d):", "    out = []"]
    for _ in range(60):
        lines.append(recorded(expression(rng, atoms, 3)))
    lines += ["    return out",
              "for args in [(3, -5, 2.0, True), (0, 1, -0.5, False), (2**62, -(2**62), 1e300, 7)]:",
              "    for _ in range(3):",
              "        result = run(*args)",
              "    print('\\n'.join(result))"]
    return "\n".join(lines) + "\n"

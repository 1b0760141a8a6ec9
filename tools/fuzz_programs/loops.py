"""The loops kind: a loop whose variables change type and magnitude and may raise mid-loop."""
from .expression import expression


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

"""The formatting kind: format() with random specs, % formatting and str/repr of edge-case numbers."""


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

"""Random expressions over mixed int, float, bool and big-int operands, shared by the expressions and loops kinds."""


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

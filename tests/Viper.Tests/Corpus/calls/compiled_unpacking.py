# Call sites with * and ** and keyword-only defaults inside functions the JIT compiles.


def target(a, b=0, *rest, scale=1, **named):
    return (a + b + sum(rest)) * scale + len(named)


def forward(*args, **kwargs):
    return target(*args, **kwargs)


def make_adder(*, step=1):
    def add(x, *, by=step):
        return x + by
    return add


def spread(rows):
    total = 0
    for row in rows:
        total += target(*row)
        total += target(1, *row, 2, scale=2)
        total += forward(*row, **{"scale": 3, "extra": True})
        total += forward(row[0], **{"b": 5})
    return total


def columns(matrix):
    return [sum(column) for column in zip(*matrix)]


def keyword_merge(options):
    out = []
    for key in options:
        try:
            target(1, **{key: 1}, **options)
        except TypeError as error:
            out.append(str(error))
    return out


rows = [(i, i + 1, i + 2) for i in range(20)]
print(spread(rows))
print(columns(rows))
print(make_adder()(1), make_adder(step=5)(1), make_adder(step=5)(1, by=0))
print(keyword_merge({"scale": 2, "b": 1}))
print(forward(*range(10), scale=2))


def fails(values):
    return target(*values, scale=2, **{"scale": 3})


print(fails([1]) if False else "before the failing call")
fails([1, 2])

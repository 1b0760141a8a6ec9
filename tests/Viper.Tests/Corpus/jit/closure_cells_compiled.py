# Closure cells in compiled code: nonlocal counters mutated from compiled inner functions in hot
# loops, comprehensions and lambdas over enclosing locals, late binding, del of a cell variable,
# closures made in compiled code and called from the VM (and the other way), recursion through a
# closure, and rebinding seen by both the inner and the outer function.


def counter_in_hot_loop(n):
    count = 0
    total = 0.0

    def bump(step):
        nonlocal count, total
        count += step
        total += step * 0.5
        return count

    for i in range(n):
        bump(i % 3)
    return count, total


print(counter_in_hot_loop(5000))
print(counter_in_hot_loop(7))


def make_accumulator(start):
    value = start

    def add(x):
        nonlocal value
        value = value + x
        return value

    def get():
        return value

    def reset():
        nonlocal value
        value = start

    return add, get, reset


accumulators = [make_accumulator(i) for i in range(100)]
for add, get, reset in accumulators:
    for k in range(50):
        add(k)
print([get() for add, get, reset in accumulators[:5]], accumulators[99][1]())
accumulators[3][2]()
print(accumulators[3][1](), accumulators[4][1]())
# Big ints and floats through a cell.
add, get, reset = make_accumulator(2**62)
for k in range(10):
    add(2**62)
print(get())
add, get, reset = make_accumulator(0.25)
for k in range(10):
    add(0.5)
print(get())


def comprehension_over_locals(rows, scale, offset):
    matrix = [[scale * x + offset for x in row] for row in rows]
    flat = {(i, j): v for i, row in enumerate(matrix) for j, v in enumerate(row) if v % scale == offset % scale}
    chosen = {v for v in flat.values() if v > offset}
    return sum(map(sum, matrix)), len(flat), sorted(chosen)[:3]


for round_ in range(300):
    result = comprehension_over_locals([[1, 2, 3], [4, 5, 6]], 3, round_ % 5)
print(result)


def late_binding(n):
    functions = []
    for i in range(n):
        functions.append(lambda: i * 10)
    bound_now = [lambda i=i: i * 10 for i in range(n)]
    return [f() for f in functions], [f() for f in bound_now]


for _ in range(100):
    late = late_binding(4)
print(late)


def sorted_by_key(items, index):
    return sorted(items, key=lambda item: item[index])


pairs = [(3, "c"), (1, "z"), (2, "a")]
for _ in range(200):
    by_first = sorted_by_key(pairs, 0)
    by_second = sorted_by_key(pairs, 1)
print(by_first, by_second)


def delete_cell(flag):
    value = "set"

    def read():
        return value

    before = read()
    del value
    try:
        read()
    except NameError as error:
        after = f"{type(error).__name__}: {error}"
    if flag:
        value = "again"
    try:
        return before, after, read()
    except NameError as error:
        return before, after, f"{type(error).__name__}: {error}"


for flag in [True, False] * 100:
    deleted = delete_cell(flag)
print(delete_cell(True))
print(delete_cell(False))


def recursive_closure(depth):
    calls = 0

    def walk(n):
        nonlocal calls
        calls += 1
        if n <= 1:
            return 1
        return walk(n - 1) + walk(n - 2)

    return walk(depth), calls


print(recursive_closure(18))


def make_adder(n):
    return lambda x: x + n


# Made in compiled code (after the factory is hot), called from module code and from compiled code.
adders = [make_adder(i) for i in range(200)]


def apply_all(functions, value):
    total = 0
    for function in functions:
        total += function(value)
    return total


print(apply_all(adders, 1), adders[150](1000))
for _ in range(50):
    last = apply_all(adders, 2)
print(last)


def rebinding_seen_both_ways():
    state = 1

    def double():
        nonlocal state
        state *= 2

    def read():
        return state

    seen = []
    for i in range(6):
        double()
        seen.append(read())
        state += 1
        seen.append(read())
    return seen, state


for _ in range(100):
    rebound = rebinding_seen_both_ways()
print(rebound)


def parameter_in_cell(a, b):
    def both():
        return a + b

    first = both()
    a = a * 10
    return first, both()


for i in range(300):
    cell_params = parameter_in_cell(i, 2)
print(cell_params, parameter_in_cell("x", "y"))


def nested_three_levels(x):
    def middle(y):
        def inner(z):
            return x + y + z

        return inner(y * 2)

    return [middle(k) for k in range(x)]


for i in range(100):
    three = nested_three_levels(4)
print(three)


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [[(x + y) % 3 for x in range(width)] for y in range(height)]

    def neighbours(self, x, y):
        return [self.cells[y + dy][x + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                if (dx or dy) and 0 <= x + dx < self.width and 0 <= y + dy < self.height]

    def count_where(self, wanted):
        return sum(1 for row in self.cells for v in row if v == wanted) + len([v for row in self.cells for v in row if v == wanted])


grid = Grid(12, 9)
total = 0
for y in range(grid.height):
    for x in range(grid.width):
        total += sum(grid.neighbours(x, y))
print(total, grid.count_where(1))


# A global holding a closure, called from a hot function, then rebound to another closure of the
# same code: the call must use the closure the global holds now.
offset_by = make_adder(1)


def offsets(n):
    total = 0
    for i in range(n):
        total += offset_by(i)
    return total


print(offsets(3000))
offset_by = make_adder(1000)
print(offsets(3000))
offset_by = make_accumulator(5)[0]
print(offsets(10), offset_by(0))

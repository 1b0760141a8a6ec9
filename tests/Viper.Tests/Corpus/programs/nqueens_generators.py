"""N-queens with generators: a recursive generator extends partial placements row by row, and the
classic benchmark's permutation filter checks every permutation of the columns."""

QUEENS = 8
COUNTS_UP_TO = 8
PERMUTATION_QUEENS = 7


def safe(placed, column):
    row = len(placed)
    return all(column != c and abs(column - c) != row - r for r, c in enumerate(placed))


def solutions(n, placed=()):
    if len(placed) == n:
        yield placed
        return
    for column in range(n):
        if safe(placed, column):
            yield from solutions(n, placed + (column,))


def permutations(items):
    """The classic benchmark's formulation: every permutation is a candidate board."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def permutation_solutions(n):
    columns = list(range(n))
    for board in permutations(columns):
        if n == len(set(board[i] + i for i in columns)) == len(set(board[i] - i for i in columns)):
            yield board


def render(board):
    n = len(board)
    return "\n".join("".join("Q" if board[row] == column else "." for column in range(n)) for row in range(n))


def main():
    n = QUEENS
    all_solutions = list(solutions(n))
    print("solutions for", n, "queens:", len(all_solutions))
    for board in all_solutions[:3]:
        print(board)
    print(render(all_solutions[0]))
    counts = [sum(1 for _ in solutions(size)) for size in range(1, COUNTS_UP_TO + 1)]
    print("counts 1..%d:" % COUNTS_UP_TO, counts)
    by_permutation = list(permutation_solutions(PERMUTATION_QUEENS))
    print("by permutation of", PERMUTATION_QUEENS, "columns:", len(by_permutation), by_permutation[:2])
    print("same set:", sorted(by_permutation) == sorted(solutions(PERMUTATION_QUEENS)))
    solution_set = set(all_solutions)
    symmetric = sum(1 for board in all_solutions if tuple(reversed(board)) in solution_set)
    print("solutions whose mirror is a solution:", symmetric)
    first = next(solutions(n))
    print("first found lazily:", first)


main()

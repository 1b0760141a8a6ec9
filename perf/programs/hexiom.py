# Hexiom: numbered tiles go on the cells of a hexagonal board so that every tile's number equals
# how many of its neighbours hold a tile. Puzzles are made by scattering tiles on a board with a
# seeded generator and keeping a few of them as fixed hints; a solver combining constraint
# propagation with depth-first search then recovers every placement of the tiles.

BOARD_SIZES = (2, 3, 4, 5)
PUZZLES_PER_SIZE = 3
MAX_SOLUTIONS = 20

EMPTY = 7
DIRECTIONS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class Random:
    """A linear congruential generator, so the puzzles do not depend on the random module."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state >> 8

    def below(self, bound):
        return self.next() % bound

    def chance(self, percent):
        return self.below(100) < percent


class Board:
    """A hexagon of cells in axial coordinates: (q, r) with |q|, |r| and |q + r| below size."""

    def __init__(self, size):
        self.size = size
        span = range(1 - size, size)
        self.cells = [(q, r) for r in span for q in span if abs(q + r) < size]
        self.index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = [
            tuple(self.index[q + dq, r + dr] for dq, dr in DIRECTIONS if (q + dq, r + dr) in self.index)
            for q, r in self.cells
        ]

    def __len__(self):
        return len(self.cells)

    def picture(self, labels):
        """Rows of the hexagon, each shifted by half a cell from the one above."""
        rows = {}
        for (q, r), label in zip(self.cells, labels):
            rows.setdefault(r, []).append(label)
        lines = []
        for r in sorted(rows):
            lines.append(" " * abs(r) + " ".join(rows[r]))
        return "\n".join(lines)


class Puzzle:
    def __init__(self, name, board, counts, hints, layout):
        self.name = name
        self.board = board
        self.counts = counts
        self.hints = hints
        self.layout = layout

    @classmethod
    def generate(cls, name, size, random):
        board = Board(size)
        occupied = {i for i in range(len(board)) if random.chance(70)}
        layout = [sum(1 for j in board.neighbours[i] if j in occupied) if i in occupied else EMPTY for i in range(len(board))]
        counts = {}
        for value in layout:
            counts[value] = counts.get(value, 0) + 1
        tiles = sorted(occupied)
        hints = {}
        for _ in range(max(1, len(tiles) // 5)):
            cell = tiles[random.below(len(tiles))]
            hints[cell] = layout[cell]
        return cls(name, board, counts, hints, layout)

    def describe(self):
        tiles = ", ".join(f"{count}x{value}" for value, count in sorted(self.counts.items()) if value != EMPTY)
        return f"{self.name}: {len(self.board)} cells, tiles {tiles}, {self.counts.get(EMPTY, 0)} empty, {len(self.hints)} fixed"

    def picture(self):
        return self.board.picture(str(self.hints[i]) if i in self.hints else "?" for i in range(len(self.board)))


class Contradiction(Exception):
    pass


class Solver:
    """Domains are frozensets of the values a cell may still take; EMPTY is one of the values.

    A search node shares the domain sets of its parent and replaces, never mutates, the ones it
    narrows, so a copy of the list is all a branch costs.
    """

    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.board = puzzle.board
        self.counts = puzzle.counts
        self.nodes = 0
        self.dead_ends = 0
        self.passes = 0
        self.max_depth = 0

    def initial_domains(self):
        values = frozenset(self.counts)
        domains = []
        for i, neighbours in enumerate(self.board.neighbours):
            if i in self.puzzle.hints:
                domains.append(frozenset([self.puzzle.hints[i]]))
            else:
                domains.append(frozenset(v for v in values if v == EMPTY or v <= len(neighbours)))
        return domains

    def narrow(self, domains, cell, allowed):
        narrowed = domains[cell] & allowed
        if not narrowed:
            raise Contradiction(cell)
        if narrowed != domains[cell]:
            domains[cell] = narrowed
            return True
        return False

    def propagate_neighbours(self, domains):
        changed = False
        for cell, neighbours in enumerate(self.board.neighbours):
            sure = 0
            undecided = []
            for j in neighbours:
                if EMPTY not in domains[j]:
                    sure += 1
                elif len(domains[j]) > 1:
                    undecided.append(j)
            most = sure + len(undecided)
            allowed = frozenset(v for v in domains[cell] if v == EMPTY or sure <= v <= most)
            changed |= self.narrow(domains, cell, allowed)
            if EMPTY in domains[cell] or len(domains[cell]) > 1 or not undecided:
                continue
            (value,) = domains[cell]
            if value == sure:
                for j in undecided:
                    changed |= self.narrow(domains, j, frozenset([EMPTY]))
            elif value == most:
                for j in undecided:
                    changed |= self.narrow(domains, j, domains[j] - {EMPTY})
        return changed

    def propagate_counts(self, domains):
        changed = False
        for value, count in self.counts.items():
            placed = []
            possible = []
            for cell, domain in enumerate(domains):
                if value in domain:
                    possible.append(cell)
                    if len(domain) == 1:
                        placed.append(cell)
            if len(placed) > count or len(possible) < count:
                raise Contradiction(value)
            if len(placed) == count:
                for cell in possible:
                    if len(domains[cell]) > 1:
                        changed |= self.narrow(domains, cell, domains[cell] - {value})
            elif len(possible) == count:
                for cell in possible:
                    changed |= self.narrow(domains, cell, frozenset([value]))
        return changed

    def propagate(self, domains):
        while True:
            self.passes += 1
            changed = self.propagate_neighbours(domains)
            changed |= self.propagate_counts(domains)
            if not changed:
                return

    def candidates(self, domains):
        """The moves to try at a node: every value of the open cell with the fewest choices."""
        open_cells = [cell for cell, domain in enumerate(domains) if len(domain) > 1]
        cell = min(open_cells, key=lambda c: (len(domains[c]), -len(self.board.neighbours[c]), c))
        for value in sorted(domains[cell], key=lambda v: (v == EMPTY, -v)):
            yield cell, value

    def search(self, domains, depth):
        self.nodes += 1
        self.max_depth = max(self.max_depth, depth)
        try:
            self.propagate(domains)
        except Contradiction:
            self.dead_ends += 1
            return
        if all(len(domain) == 1 for domain in domains):
            yield [next(iter(domain)) for domain in domains]
            return
        for cell, value in self.candidates(domains):
            child = list(domains)
            child[cell] = frozenset([value])
            yield from self.search(child, depth + 1)

    def solutions(self):
        return self.search(self.initial_domains(), 0)


def check(board, layout):
    for cell, value in enumerate(layout):
        if value != EMPTY and value != sum(1 for j in board.neighbours[cell] if layout[j] != EMPTY):
            return False
    return True


def label(value):
    return "." if value == EMPTY else str(value)


def solve(puzzle):
    print(puzzle.describe())
    print(puzzle.picture())
    solver = Solver(puzzle)
    found = []
    for layout in solver.solutions():
        found.append(layout)
        if len(found) == MAX_SOLUTIONS:
            break
    if not found:
        print("no solution")
        return 0
    print("first solution:")
    print(puzzle.board.picture(label(value) for value in found[0]))
    valid = all(check(puzzle.board, layout) for layout in found)
    more = "+" if len(found) == MAX_SOLUTIONS else ""
    distinct = len({tuple(layout) for layout in found})
    print(f"solutions: {len(found)}{more} (distinct {distinct}, all valid: {valid}, generated layout found: {puzzle.layout in found})")
    print(f"nodes {solver.nodes}, dead ends {solver.dead_ends}, propagation passes {solver.passes}, depth {solver.max_depth}")
    print()
    return len(found)


def main():
    random = Random(20261202)
    total = 0
    for size in BOARD_SIZES:
        for number in range(PUZZLES_PER_SIZE):
            puzzle = Puzzle.generate(f"board {size}.{number + 1}", size, random)
            total += solve(puzzle)
    print("total solutions:", total)


main()

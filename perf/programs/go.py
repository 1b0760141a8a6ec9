# Go: a small board played out by flat Monte Carlo search (random playouts pick each move); prints the game, the final board and the score.

SIZE = 5
PLAYOUTS = 130
MAX_GAME_MOVES = 30
KOMI = 0.5
SEED = 12345

EMPTY, BLACK, WHITE = 0, 1, 2
SYMBOLS = {EMPTY: ".", BLACK: "X", WHITE: "O"}
PASS = -1


class Lcg:
    """A 48-bit linear congruential generator, as in java.util.Random."""

    def __init__(self, seed):
        self.state = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)

    def below(self, n):
        self.state = (self.state * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return (self.state >> 17) % n


class IllegalMove(Exception):
    pass


def opponent(color):
    return BLACK if color == WHITE else WHITE


def name(pos, size):
    if pos == PASS:
        return "pass"
    return "ABCDEFGHJ"[pos % size] + str(size - pos // size)


class Geometry:
    def __init__(self, size):
        self.size = size
        self.neighbours = []
        self.diagonals = []
        for pos in range(size * size):
            row, col = divmod(pos, size)
            near = []
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                if 0 <= row + dr < size and 0 <= col + dc < size:
                    near.append((row + dr) * size + col + dc)
            self.neighbours.append(tuple(near))
            corners = []
            for dr, dc in ((-1, -1), (-1, 1), (1, -1), (1, 1)):
                if 0 <= row + dr < size and 0 <= col + dc < size:
                    corners.append((row + dr) * size + col + dc)
            self.diagonals.append(tuple(corners))


class Board:
    def __init__(self, geometry):
        self.geometry = geometry
        self.cells = [EMPTY] * (geometry.size * geometry.size)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.captures = {BLACK: 0, WHITE: 0}

    def copy(self):
        other = Board.__new__(Board)
        other.geometry = self.geometry
        other.cells = self.cells[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.captures = dict(self.captures)
        return other

    def group(self, start):
        """The stones connected to start and the empty points touching them."""
        color = self.cells[start]
        stones = [start]
        seen = {start}
        liberties = set()
        index = 0
        while index < len(stones):
            for near in self.geometry.neighbours[stones[index]]:
                cell = self.cells[near]
                if cell == EMPTY:
                    liberties.add(near)
                elif cell == color and near not in seen:
                    seen.add(near)
                    stones.append(near)
            index += 1
        return stones, liberties

    def is_eye(self, pos, color):
        for near in self.geometry.neighbours[pos]:
            if self.cells[near] != color:
                return False
        corners = self.geometry.diagonals[pos]
        enemies = 0
        for corner in corners:
            if self.cells[corner] == opponent(color):
                enemies += 1
        return enemies == 0 if len(corners) < 4 else enemies <= 1

    def is_legal(self, pos, color):
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        for near in self.geometry.neighbours[pos]:
            cell = self.cells[near]
            if cell == EMPTY:
                return True
            liberties = self.group(near)[1]
            if cell == color and len(liberties) > 1:
                return True
            if cell != color and len(liberties) == 1:
                return True
        return False

    def play(self, pos):
        color = self.to_move
        if pos == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = opponent(color)
            return
        if not self.is_legal(pos, color):
            raise IllegalMove("%s cannot play %s" % (SYMBOLS[color], name(pos, self.geometry.size)))
        self.cells[pos] = color
        enemy = opponent(color)
        captured = []
        for near in self.geometry.neighbours[pos]:
            if self.cells[near] == enemy:
                stones, liberties = self.group(near)
                if not liberties:
                    for stone in stones:
                        self.cells[stone] = EMPTY
                    captured.extend(stones)
        self.captures[color] += len(captured)
        self.ko = None
        if len(captured) == 1:
            stones, liberties = self.group(pos)
            if len(stones) == 1 and len(liberties) == 1:
                self.ko = captured[0]
        self.passes = 0
        self.to_move = enemy

    def candidates(self, color):
        return [pos for pos in range(len(self.cells))
                if self.cells[pos] == EMPTY and not self.is_eye(pos, color) and self.is_legal(pos, color)]

    def random_move(self, rng):
        color = self.to_move
        empties = [pos for pos in range(len(self.cells)) if self.cells[pos] == EMPTY]
        count = len(empties)
        if count == 0:
            return PASS
        start = rng.below(count)
        for step in range(count):
            pos = empties[(start + step) % count]
            if not self.is_eye(pos, color) and self.is_legal(pos, color):
                return pos
        return PASS

    def score(self):
        """Area scoring: stones plus empty regions that touch only one colour."""
        totals = {BLACK: 0, WHITE: KOMI}
        seen = set()
        for pos, cell in enumerate(self.cells):
            if cell != EMPTY:
                totals[cell] += 1
            elif pos not in seen:
                region = [pos]
                seen.add(pos)
                borders = set()
                index = 0
                while index < len(region):
                    for near in self.geometry.neighbours[region[index]]:
                        neighbour = self.cells[near]
                        if neighbour == EMPTY:
                            if near not in seen:
                                seen.add(near)
                                region.append(near)
                        else:
                            borders.add(neighbour)
                    index += 1
                if len(borders) == 1:
                    totals[borders.pop()] += len(region)
        return totals

    def winner(self):
        totals = self.score()
        return BLACK if totals[BLACK] > totals[WHITE] else WHITE

    def render(self):
        size = self.geometry.size
        lines = []
        for row in range(size):
            cells = [SYMBOLS[self.cells[row * size + col]] for col in range(size)]
            lines.append("%d %s" % (size - row, " ".join(cells)))
        lines.append("  " + " ".join(list("ABCDEFGHJ"[:size])))
        return "\n".join(lines)


def playout(board, rng, limit):
    moves = 0
    while board.passes < 2 and moves < limit:
        board.play(board.random_move(rng))
        moves += 1
    return board.winner()


def choose_move(board, rng, playouts):
    """Flat Monte Carlo: spread the playouts over the candidate moves, keep the best win rate."""
    color = board.to_move
    moves = board.candidates(color)
    if not moves:
        return PASS, 0, 0
    wins = [0] * len(moves)
    tries = [0] * len(moves)
    limit = 3 * len(board.cells)
    for i in range(playouts):
        index = i % len(moves) if i < len(moves) else rng.below(len(moves))
        trial = board.copy()
        trial.play(moves[index])
        tries[index] += 1
        if playout(trial, rng, limit) == color:
            wins[index] += 1
    best = 0
    for index in range(1, len(moves)):
        if wins[index] * tries[best] > wins[best] * tries[index]:
            best = index
    return moves[best], wins[best], tries[best]


def main():
    geometry = Geometry(SIZE)
    board = Board(geometry)
    rng = Lcg(SEED)
    record = []
    while board.passes < 2 and len(record) < MAX_GAME_MOVES:
        color = board.to_move
        move, won, tried = choose_move(board, rng, PLAYOUTS)
        board.play(move)
        record.append("%s %s (%d/%d)" % (SYMBOLS[color], name(move, SIZE), won, tried))
    for start in range(0, len(record), 6):
        print("; ".join(record[start:start + 6]))
    print(board.render())
    totals = board.score()
    print("captures: X %d, O %d" % (board.captures[BLACK], board.captures[WHITE]))
    print("score: X %r, O %r, winner %s" % (totals[BLACK], totals[WHITE], SYMBOLS[board.winner()]))
    occupied = [pos for pos in range(len(board.cells)) if board.cells[pos] != EMPTY]
    try:
        board.play(occupied[0])
    except IllegalMove as error:
        print(type(error).__name__, error)


main()

# Chaos: the chaos game over iterated function systems (affine maps picked by weight, a Bezier spline warp); prints ASCII pictures and point statistics.

import math

POINTS = 450000
GRID_WIDTH = 64
GRID_HEIGHT = 32


class XorShift:
    """A 32-bit xorshift generator, so the picture is the same on every run."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x

    def random(self):
        return self.next() / 4294967296.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, point):
        x, y = point
        return (self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f)

    def determinant(self):
        return self.a * self.d - self.b * self.c


class Spline:
    """A cubic Bezier curve; the warp moves points along it by their x coordinate."""

    def __init__(self, controls):
        if len(controls) != 4:
            raise ValueError("a cubic Bezier needs 4 control points, got %d" % len(controls))
        self.controls = controls

    def at(self, t):
        u = 1 - t
        weights = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
        x = y = 0.0
        for weight, (cx, cy) in zip(weights, self.controls):
            x += weight * cx
            y += weight * cy
        return x, y


class Bounds:
    def __init__(self):
        self.min_x = self.min_y = math.inf
        self.max_x = self.max_y = -math.inf

    def add(self, x, y):
        if x < self.min_x:
            self.min_x = x
        if x > self.max_x:
            self.max_x = x
        if y < self.min_y:
            self.min_y = y
        if y > self.max_y:
            self.max_y = y


class ChaosGame:
    def __init__(self, name, maps, rng, warp=None):
        self.name = name
        self.maps = maps
        self.rng = rng
        self.warp = warp
        total = sum([m.weight for m in maps])
        self.cumulative = []
        running = 0.0
        for m in maps:
            running += m.weight / total
            self.cumulative.append(running)

    def pick(self):
        r = self.rng.random()
        for index, edge in enumerate(self.cumulative):
            if r < edge:
                return self.maps[index]
        return self.maps[-1]

    def play(self, count):
        point = (0.0, 0.0)
        for _ in range(20):
            point = self.pick().apply(point)
        points = []
        uses = {}
        for _ in range(count):
            chosen = self.pick()
            uses[chosen] = uses.get(chosen, 0) + 1
            point = chosen.apply(point)
            if self.warp is not None:
                sx, sy = self.warp.at(min(1.0, max(0.0, point[0])))
                points.append((point[0] + 0.25 * sx, point[1] + 0.25 * sy))
            else:
                points.append(point)
        return points, [uses.get(m, 0) for m in self.maps]


def draw(points, width, height):
    bounds = Bounds()
    for x, y in points:
        bounds.add(x, y)
    span_x = bounds.max_x - bounds.min_x or 1.0
    span_y = bounds.max_y - bounds.min_y or 1.0
    grid = [[0] * width for _ in range(height)]
    for x, y in points:
        column = min(width - 1, int((x - bounds.min_x) / span_x * width))
        row = min(height - 1, int((bounds.max_y - y) / span_y * height))
        grid[row][column] += 1
    return bounds, grid


def show(game, count):
    points, uses = game.play(count)
    bounds, grid = draw(points, GRID_WIDTH, GRID_HEIGHT)
    mean_x = sum([p[0] for p in points]) / len(points)
    mean_y = sum([p[1] for p in points]) / len(points)
    busiest = max([max(row) for row in grid])
    filled = sum([len([c for c in row if c]) for row in grid])
    print("== %s: %d points, maps used %s" % (game.name, len(points), uses))
    print("x in [%.6f, %.6f], y in [%.6f, %.6f]" % (bounds.min_x, bounds.max_x, bounds.min_y, bounds.max_y))
    print("mean (%r, %r), %d cells filled, busiest %d" % (round(mean_x, 9), round(mean_y, 9), filled, busiest))
    ramp = " .:+*#"
    for row in grid:
        line = []
        for c in row:
            level = 0 if c == 0 else min(len(ramp) - 1, 1 + int(math.log(c, 2)) // 2)
            line.append(ramp[level])
        print("".join(line).rstrip())


def main():
    rng = XorShift(20260)
    fern = [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    triangle = [
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1),
    ]
    angle = math.pi / 5
    spiral = [
        AffineMap(0.8 * math.cos(angle), -0.8 * math.sin(angle), 0.8 * math.sin(angle), 0.8 * math.cos(angle), 0.1, 0.0, 5),
        AffineMap(0.3, 0.0, 0.0, 0.3, 0.6, 0.2, 1),
    ]
    warp = Spline([(0.0, 0.0), (0.3, 1.2), (0.7, -0.8), (1.0, 0.2)])
    print("determinants:", [round(m.determinant(), 6) for m in fern + spiral])
    show(ChaosGame("fern", fern, rng), POINTS)
    show(ChaosGame("warped triangle", triangle, rng, warp), POINTS // 2)
    show(ChaosGame("spiral", spiral, rng), POINTS // 2)
    try:
        Spline([(0.0, 0.0)])
    except ValueError as error:
        print(type(error).__name__, error)


main()

# Point normalization: builds a million 3-D points, scales each to unit length, and reports the component-wise maximum and the summed lengths.


def make_points(count):
    # A deterministic spread of coordinates without the math module (which this subset lacks).
    points = []
    x = 0.5
    for i in range(count):
        x = x * 3.7 * (1.0 - x)
        y = (i % 97) * 0.25 - 12.0
        z = 1.0 + i * 0.000001
        points.append([x, y, z])
    return points


def normalize(points):
    total = 0.0
    for p in points:
        x, y, z = p
        length = (x * x + y * y + z * z) ** 0.5
        total += length
        p[0] = x / length
        p[1] = y / length
        p[2] = z / length
    return total


def maximize(points):
    best = points[0]
    bx, by, bz = best
    for x, y, z in points:
        if x > bx:
            bx = x
        if y > by:
            by = y
        if z > bz:
            bz = z
    return bx, by, bz


def main(count):
    points = make_points(count)
    total = normalize(points)
    print(maximize(points))
    print(total)


main(1600000)

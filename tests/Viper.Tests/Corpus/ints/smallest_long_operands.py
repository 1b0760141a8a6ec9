# -(2**63), the one int whose negation a 64-bit int cannot hold, through every operator with
# itself, 1, -1 and 7 on either side, in a function so that compiled code meets it too.
M = -(2 ** 63)


def table(a, b):
    rows = []
    for name, op in [("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b),
                     ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)),
                     ("&", lambda: a & b), ("|", lambda: a | b), ("^", lambda: a ^ b), ("<", lambda: a < b),
                     ("==", lambda: a == b)]:
        try:
            rows.append((name, op()))
        except ZeroDivisionError as error:
            rows.append((name, str(error)))
    return rows


def direct(a, b):
    return a / b, a // b, a % b, a * b, a - b, -a, abs(a), a >> 1, a << 1, ~a, a ** 2


for _ in range(3):
    for left, right in [(M, 1), (M, -1), (1, M), (-1, M), (M, M), (7, M), (M, 7), (True, M)]:
        print(left, right, table(left, right))
        print(direct(left, right))

print(hash(M), hash(M + 1), str(M), repr(-M), M.bit_length(), (M).to_bytes(8, "big", signed=True))
print(float(M), int(float(M)) == M, M == float(M), round(M / 3), abs(M) - 2 ** 63)

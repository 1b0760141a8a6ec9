# Spectral norm: the largest singular value of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1), by power iteration on an n-by-n section.


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u, out):
    n = len(u)
    for i in range(n):
        total = 0.0
        j = 0
        for uj in u:
            total += eval_a(i, j) * uj
            j += 1
        out[i] = total


def times_at(u, out):
    n = len(u)
    for i in range(n):
        total = 0.0
        j = 0
        for uj in u:
            total += eval_a(j, i) * uj
            j += 1
        out[i] = total


def times_ata(u, out, scratch):
    times_a(u, scratch)
    times_at(scratch, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    scratch = [0.0] * n
    for step in range(10):
        times_ata(u, v, scratch)
        times_ata(v, u, scratch)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


print(spectral_norm(500))

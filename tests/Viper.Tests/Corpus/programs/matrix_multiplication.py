# Small matrix arithmetic with nested lists.
def zeros(rows, cols):
    m = []
    for r in range(rows):
        m.append([0] * cols)
    return m

def matmul(a, b):
    n = len(a)
    k = len(b)
    m = len(b[0])
    out = zeros(n, m)
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def matpow(m, e):
    result = identity(len(m))
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e //= 2
    return result

def show(m):
    for row in m:
        print(' '.join(list_str(row)))

def list_str(row):
    out = []
    for v in row:
        out.append(str(v))
    return out

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
print(matmul(b, a))
fibm = [[1, 1], [1, 0]]
print(matpow(fibm, 10))
print(matpow(fibm, 100)[0][1])
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f))
print(matmul(identity(3), [[1, 2, 3], [4, 5, 6], [7, 8, 9]]) == [[1, 2, 3], [4, 5, 6], [7, 8, 9]])

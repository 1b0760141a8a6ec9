# 5000 arithmetic operations on small ints and floats: the VM's inline numeric paths.
def bench():
    total = 0
    x = 1.5
    for i in range(1000):
        total = total + i * 3 - (i // 7) % 5
        x = x * 1.0001 + 0.5
    return total, x

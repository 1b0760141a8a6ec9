# A float division by zero inside compiled, unboxed float code.
def shrink(n):
    x = 1.0
    step = 0.5
    for i in range(n):
        x = x / step
        step = step - 0.125
    return x


print(shrink(3))
print(shrink(6))

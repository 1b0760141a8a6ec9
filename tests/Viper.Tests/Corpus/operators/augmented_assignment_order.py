# An augmented assignment reads its target before its value: a value that rebinds the target with
# := meets the old value, in a function, at module level and in a class body; a subscript or
# attribute target keeps the container and key it evaluated first.
def local_int():
    x = 1
    x += (x := 5)
    return x


def local_list():
    y = [1]
    y += (y := [2])
    return y


def local_str_in_loop():
    s = "a"
    for ch in "bc":
        s += (s := ch * 2)
    return s


def subscript_key():
    a = [10, 20, 30]
    i = 0
    a[i] += (i := 2)
    return a, i


class Box:
    def __init__(self):
        self.v = 1


def attribute_target():
    b = Box()
    first = b
    b.v += (b := Box()).v + 10
    return first.v, b.v


for _ in range(3):
    print(local_int(), local_list(), local_str_in_loop(), subscript_key(), attribute_target())

x = 1
x += (x := 5)
print(x)


class C:
    z = 1
    z += (z := 5)


print(C.z)

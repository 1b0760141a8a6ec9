def outer():
    x = 1

    def drop():
        nonlocal x
        del x

    def read():
        return x

    drop()
    print("x deleted through nonlocal")
    return read()


outer()

def outer():
    print("reading a captured local before assignment")
    print(pending_total)
    pending_total = 1

    def inner():
        return pending_total
    return inner


outer()

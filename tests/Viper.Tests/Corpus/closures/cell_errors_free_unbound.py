def outer():
    def inner():
        return pending_total
    print("calling inner before pending_total is bound")
    inner()
    pending_total = 1


outer()

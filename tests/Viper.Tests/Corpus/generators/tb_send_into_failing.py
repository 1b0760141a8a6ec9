def accumulate():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulate()
next(acc)
acc.send(1)
acc.send("two")

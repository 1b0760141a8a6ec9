print("never")
x = 1
yield x

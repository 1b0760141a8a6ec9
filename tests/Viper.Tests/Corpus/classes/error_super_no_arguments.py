def helper():
    return super()


print("calling helper")
helper()

print("start")
print((1.5).numerator)

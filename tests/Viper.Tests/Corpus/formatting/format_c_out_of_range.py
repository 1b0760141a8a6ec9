print("start")
print(format(0x110000, "c"))

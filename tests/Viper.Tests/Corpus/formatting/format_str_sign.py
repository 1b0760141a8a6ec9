print("start")
print(format("text", "+"))

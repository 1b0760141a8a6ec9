print("start")
print(f"{missing!r}")

print("start")
width = "wide"
print(f"{12:{width}}")

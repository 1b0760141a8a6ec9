print("start")
x = 0
print(f"result: {10 / x:.2f}")

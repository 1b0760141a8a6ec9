print(float("nan").is_integer())
print(float("nan").as_integer_ratio())

print(int('101', 2))
print(int('102', 2))

class A:
    pass


print(isinstance(A(), (A, int)))
print(isinstance(A(), "A"))

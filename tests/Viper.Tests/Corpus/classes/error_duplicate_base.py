class A:
    pass


print("defining B")


class B(A, A):
    pass

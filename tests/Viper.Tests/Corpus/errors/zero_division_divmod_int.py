print(divmod(10**30, 3))
divmod(10**30, 0)

print(divmod(5.0, 2))
divmod(5.0, 0)

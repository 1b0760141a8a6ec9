print((7).bit_count())
print((7).bit_count(1))

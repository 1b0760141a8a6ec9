print((7).bit_length())
print(int.bit_length("7"))

# An uncaught UnicodeDecodeError.
data = "naïve".encode("utf-8")
print(data, data.decode())
print(data.decode("latin-1"))
data[:3].decode("ascii")

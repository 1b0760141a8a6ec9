# int.to_bytes and int.from_bytes: sizes, byte orders, signed values, big ints and their errors.
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
          lambda: (-129).to_bytes(1, "big", signed=True), lambda: (5).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "big", True),
          lambda: int.from_bytes([1, 300]), lambda: int.from_bytes()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print((1024).to_bytes(2), (1).to_bytes(), (-2).to_bytes(2, "little", signed=True), (0).to_bytes(0), (255).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x00\x10"), byteorder="big"))
print(int.from_bytes(b"\x80", signed=True), int.from_bytes(b""), (2**70).to_bytes(9, "big"), int.from_bytes((2**70).to_bytes(9, "big")) == 2**70)
print((-2**63).to_bytes(8, "big", signed=True), (True).to_bytes(1, "big"), type(int.from_bytes(b"\x01")).__name__)

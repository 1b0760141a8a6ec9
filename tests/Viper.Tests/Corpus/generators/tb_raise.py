def gen():
    yield 1
    raise ValueError("boom")

for x in gen():
    print(x)

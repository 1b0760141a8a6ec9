# str.maketrans (static, on the type and on instances) and tuple.count/index, with their errors.
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")))
print("".maketrans({"a": "1", 98: None}), "hello".translate(str.maketrans("", "", "l")))
print(str.maketrans("ab", "xy", "c"))
for a in [("ab", "x"), (1,), ({"ab": 1},), ("a",), ({1.5: 2},), (1, "a")]:
    try:
        print(str.maketrans(*a))
    except Exception as e:
        print(type(e).__name__, e)
print((1, 2, 2, 3).count(2), (1, 2, 2, 3).index(2), (1, 2, 3, 2).index(2, 2), (1, 2).index(2, -1))
for call in [lambda: (1, 2).index(5), lambda: (1, 2).count(), lambda: (1, 2).index()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
for a in [("a", 1), ("a","b",1)]:
    try: str.maketrans(*a)
    except Exception as e: print(type(e).__name__, e)

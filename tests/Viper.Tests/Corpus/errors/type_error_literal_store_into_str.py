def f(s):
    print(s)
    s[0] = "x"


f("abc")

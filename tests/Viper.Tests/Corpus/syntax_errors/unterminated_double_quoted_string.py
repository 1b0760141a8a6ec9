print("this must not run")
s = "abc

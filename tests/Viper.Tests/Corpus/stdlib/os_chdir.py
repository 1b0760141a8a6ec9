# Only changes that leave the current directory where it is: the tests share one process.
import os

start = os.getcwd()
os.chdir(start)
os.chdir(".")
print(os.getcwd() == start, os.chdir(start))

missing = os.path.join(os.path.dirname(__file__), "no_such_directory_here")
for path in (missing, __file__, "", os.path.join(__file__, "sub"), os.path.join(missing, "sub")):
    try:
        os.chdir(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)

for args in ((), (".", ".")):
    try:
        os.chdir(*args)
    except TypeError:
        print("TypeError")
print(os.getcwd() == start)

# os and os.path: path arithmetic as posixpath does it, and files and directories made, listed,
# renamed and removed, with CPython's OSErrors.
import os
import os.path
from os.path import join, splitext
import random

print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.path.sep, "PATH" in os.environ, os.environ["PATH"] == os.getenv("PATH"))
print(join("a", "b", "c"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), join("a", ""), os.path.join("/"))
for path in ["/usr/lib/file.tar.gz", "file", ".bashrc", "dir/.hidden.txt", "a/b/", "/", "//x", "", "..", "a.b/c", "name."]:
    print(repr(path), os.path.basename(path), repr(os.path.dirname(path)), os.path.split(path), splitext(path))
for path in ["a//b/./c/../d", "/../x", "../../a", "./", "//a//b", "///a", "a/b/../..", ""]:
    print(repr(path), os.path.normpath(path))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("/a/./b/.."), os.path.abspath("x") == join(os.getcwd(), "x"))
print(os.path.expanduser("~") == os.environ.get("HOME", "/"), os.path.expanduser("~other/x"), os.path.expanduser("no/tilde"))
print(os.getenv("VIPER_SURELY_UNSET"), os.getenv("VIPER_SURELY_UNSET", "fallback"), os.cpu_count() >= 1, os.getpid() > 0)

base = "/tmp/viper_os_%d" % random.getrandbits(64)
os.mkdir(base)
os.makedirs(join(base, "deep", "er"))
os.makedirs(join(base, "deep"), exist_ok=True)
with open(join(base, "one.txt"), "w") as out:
    out.write("12345")
print(sorted(os.listdir(base)), os.path.isdir(base), os.path.isfile(join(base, "one.txt")), os.path.getsize(join(base, "one.txt")))
os.rename(join(base, "one.txt"), join(base, "two.txt"))
print(sorted(os.listdir(base)), os.path.exists(join(base, "one.txt")))


def attempt(label, action):
    try:
        print(label, action())
    except OSError as error:
        print(label, type(error).__name__, error.errno, error.strerror, str(error).replace(base, "BASE"))
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("mkdir again", lambda: os.mkdir(base))
attempt("makedirs again", lambda: os.makedirs(base))
attempt("rmdir full", lambda: os.rmdir(base))
attempt("remove dir", lambda: os.remove(base))
attempt("remove missing", lambda: os.remove(join(base, "missing")))
attempt("listdir missing", lambda: os.listdir(join(base, "missing")))
attempt("listdir file", lambda: os.listdir(join(base, "two.txt")))
attempt("rmdir file", lambda: os.rmdir(join(base, "two.txt")))
attempt("getsize missing", lambda: os.path.getsize(join(base, "missing")))
attempt("join int", lambda: join("a", 5))
attempt("makedirs none", lambda: os.makedirs())
attempt("makedirs positional exist_ok", lambda: os.makedirs(base, 0o777, True))
os.remove(join(base, "two.txt"))
os.rmdir(join(base, "deep", "er"))
os.rmdir(join(base, "deep"))
os.rmdir(base)
print(os.path.exists(base))

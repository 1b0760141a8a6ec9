# open(): reading text and bytes (with universal newlines), writing and appending, iteration,
# with blocks, and CPython's errors for missing files, bad modes and closed files.
import os
import random

path = "/tmp/viper_open_%d.txt" % random.getrandbits(64)
with open(path, "w") as out:
    print(type(out).__name__, out.mode, out.name == path, out.encoding, out.closed, out.writable(), out.readable())
    print(out.write("first line\n"), out.write("second, caf\xe9\r\nthird\rfourth"))
    out.writelines(["\n", "fifth\n"])
print(out.closed)
with open(path) as source:
    print(repr(source.read()))
with open(path, newline="") as source:
    print(repr(source.readline()), repr(source.readline()), repr(source.readline(3)), source.tell())
with open(path) as source:
    print([line for line in source])
source = open(path)
print(repr(source.readline()), source.readlines(), repr(source.read()), repr(source.readline()))
source.seek(0)
print(repr(source.read(5)), source.tell(), next(source), list(source)[:1])
source.close()
with open(path, "a", encoding="utf-8") as out:
    out.write("appended\n")
with open(path, "rb") as raw:
    data = raw.read()
    print(type(raw).__name__, type(data).__name__, data[:12], len(data), data.count(b"\n"), raw.tell())
with open(path, "wb") as raw:
    print(type(raw).__name__, raw.write(b"\x00\xffbytes\n"), raw.write(bytearray(b"more")))
with open(path, "rb") as raw:
    print(raw.read(), raw.read(), raw.seekable())
    raw.seek(-4, 2)
    print(raw.read(2), raw.tell())
print(sum(1 for _ in open(path, "rb")), list(open(path, "rb")))
with open(path, "w", encoding="ascii", errors="replace") as out:
    out.write("na\xefve\n")
print(open(path).read(), open(path, "r", encoding="latin-1").read() == "na?ve\n")


def attempt(label, action):
    try:
        print(label, action())
    except Exception as error:
        print(label, type(error).__name__, str(error).replace(path, "PATH"))


attempt("missing", lambda: open(path + ".missing"))
attempt("directory", lambda: open("/tmp"))
attempt("exclusive", lambda: open(path, "x"))
attempt("mode", lambda: open(path, "rw"))
attempt("mode z", lambda: open(path, "rz"))
attempt("text binary", lambda: open(path, "rbt"))
attempt("encoding binary", lambda: open(path, "rb", encoding="utf-8"))
attempt("unknown encoding", lambda: open(path, encoding="klingon"))
attempt("bad name", lambda: open(5.5))
attempt("newline", lambda: open(path, newline="x"))
closed = open(path)
closed.close()
attempt("read closed", lambda: closed.read())
attempt("iterate closed", lambda: next(closed))
attempt("write str to bytes", lambda: open(path, "ab").write("text"))
attempt("write bytes to text", lambda: open(path, "a").write(b"raw"))
try:
    open(path + ".missing")
except FileNotFoundError as error:
    print(error.errno, error.strerror, error.filename == path + ".missing", error.args, isinstance(error, OSError))
with open(path, "x" if False else "w") as out:
    pass
print(repr(open(path).read()))
error = OSError(13, "Permission denied", "secret.txt")
print(str(error), error.args, error.errno, error.filename, str(OSError(1, "x")), OSError("plain").errno)
os.remove(path)
print(os.path.exists(path))

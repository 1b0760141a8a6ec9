# sys.stdout and sys.stderr: write, writelines, flush, names; print(file=...) to streams and any object with write; rebinding sys.stdout redirects print.
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
old = sys.stdout
sys.stdout = Capture()
print("hidden", 1, sep="+")
captured = sys.stdout
sys.stdout = old
print(captured.parts)
print("direct", file=captured, flush=True)
print(captured.parts[-4:])
print(sys.stdout.write("written\n"), sys.stdout is sys.__stdout__)
print(sys.stdout.name, sys.stderr.name, type(sys.stdout).__name__, sys.stdout.isatty())
print("to none", file=None)
sys.stderr.write("to err\n")
print("also err", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
# The corpus keeps stderr only for a non-zero exit, so the program ends with one.
sys.exit(3)

# compile(), eval() and exec() report brackets left open as a file does: only when the parser read
# to the end of the source or past the bracket's line.
sources = [
    "(1, 2",
    "x = [1,\n",
    "def f(:\n    pass\n",
    "foo(a b c d : e",
    "foo(a b\nx = 1\n",
    "print(1, 2\nx = 3\n",
    "x = {\n\n\n",
    "x = (1 if y",
    "call(a b\nclass A:\n    pass\n",
    "x = (1,\ny = 2)\nz = [\n",
    "print((1)]",
]
for source in sources:
    for mode in ("exec", "eval"):
        try:
            compile(source, "<src>", mode)
            print(mode, repr(source), "compiled")
        except SyntaxError as e:
            print(mode, repr(source), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("if (x:\n    pass\n")
except SyntaxError as e:
    print(e)
try:
    eval("[1, 2")
except SyntaxError as e:
    print(e)

# exec, eval and compile: the caller's namespaces or given dicts, names at the top level of exec'd
# code going to the locals mapping, functions defined there seeing the globals, and code objects.
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("[i * x for i in range(3)]"), eval("(lambda y: y + x)(5)"))
exec("y = x + 5")
print(y)
exec("def made(a):\n    return a * x\n")
print(made(3), made.__name__, made.__module__)
g = {"x": 1}
exec("z = x + 1", g)
print(sorted(k for k in g if k != "__builtins__"), g["z"], "__builtins__" in g, type(g["__builtins__"]).__name__)
l = {}
exec("w = x + 100\nx = 5", g, l)
print(l, g["x"])
print(eval("x + w", g, l), eval("x", {"x": "globals"}, {"x": "locals"}), eval("len('abc')", {}))


def inside():
    local_value = 7
    print(eval("local_value * 2"), eval("x"))
    exec("local_value = 99\nnew_name = 1")
    print(local_value)
    namespace = {}
    exec("import math\nroot = math.sqrt(16)", namespace)
    print(namespace["root"])


inside()
ns = {}
exec("global shared\nshared = 1\nlocal_only = 2", ns, ns)
print(ns["shared"], ns["local_only"])
g2, l2 = {}, {}
exec("global gname\ngname = 'g'\nlname = 'l'\ndef f():\n    return gname\nresult = f()", g2, l2)
print(g2["gname"], "gname" in l2, l2["lname"], l2["result"], "lname" in g2)
exec("class K:\n    attr = 3\n", ns)
print(ns["K"].attr, ns["K"].__module__ if "__name__" in ns else "no module name")
code = compile("a + b", "<expr>", "eval")
print(code.__class__.__name__, eval(code, {"a": 1, "b": 2}), repr(code).startswith("<code object <module> at "), repr(code).endswith('file "<expr>", line 1>'))
stmts = compile("total = 0\nfor i in range(5):\n    total += i\n", "<stmts>", "exec")
space = {}
print(exec(stmts, space), space["total"], eval(stmts, space))
print(eval(b"6 * 7"), eval("\t 1 + 1\n"), eval("1,2"), eval("'multi' \\\n ' line'"))
exec("del y")
print("y" in globals())
counter = {"n": 0}
exec("n += 1", counter)
exec("n += 1", counter)
print(counter["n"])
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
exec("print('exec prints', x)")
exec(compile("x + 3", "<single>", "single"))
exec(compile("if x:\n    x * 4\n", "<single>", "single"))


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


attempt("syntax", lambda: exec("x = (1 +"))
attempt("syntax eval", lambda: eval("1 +"))
attempt("statement in eval", lambda: eval("x = 1"))
attempt("indentation", lambda: exec("if x:\nprint(1)"))
attempt("name error", lambda: eval("undefined_name"))
attempt("zero", lambda: exec("1/0"))
attempt("globals list", lambda: exec("1", []))
attempt("eval globals list", lambda: eval("1", []))
attempt("locals int", lambda: eval("1", {}, 5))
attempt("no args", lambda: eval())
attempt("int source", lambda: eval(5))
attempt("exec int", lambda: exec(5))
attempt("keyword", lambda: eval(source="1"))
attempt("too many", lambda: eval("1", {}, {}, {}))
attempt("compile mode", lambda: compile("1", "f", "bad"))
attempt("compile missing", lambda: compile("1", "f"))
attempt("compile syntax", lambda: compile("a b", "file.py", "exec"))
attempt("null byte", lambda: eval("1\0"))
try:
    exec("def broken()\n    pass", {})
except SyntaxError as error:
    print(type(error).__name__, error.msg, error.filename, error.lineno, error.offset, repr(error.text), str(error))
try:
    compile("if True:\n  x = 1\n   y = 2\n", "indent.py", "exec")
except IndentationError as error:
    print(type(error).__name__, error.msg, error.lineno, str(error), error.args[0])
error = SyntaxError("custom", ("some/dir/f.py", 4, 2, "text\n", 4, 3))
print(str(error), error.msg, error.filename, error.lineno, error.offset, repr(error.text), error.end_lineno, error.end_offset, error.args)
plain = SyntaxError("bare")
print(str(plain), plain.msg, plain.filename, plain.lineno, plain.print_file_and_line, str(SyntaxError()), SyntaxError().msg)
print(str(SyntaxError("m", (None, 3, 1, None, 3, 1))), str(SyntaxError("m", ("f", None, 1, None, None, None))))
import builtins
print(builtins.len("abcd"), builtins.__name__)

# Runaway recursion through try/finally at every level: each finally runs, the traceback collapses.
def f(n):
    try:
        return f(n + 1)
    finally:
        pass

print("go")
f(0)

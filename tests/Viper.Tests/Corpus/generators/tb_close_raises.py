def cleanup_fails():
    try:
        yield 1
    finally:
        {}["missing"]


g = cleanup_fails()
next(g)
g.close()

"""str.split and str.rsplit convert maxsplit before they check sep, as CPython's argument parsing does: a bad maxsplit is reported first."""

for args in [((1,'a')), (('a','b'), 2.5), (1, 10**20), (None, 'x'), (1,), (',', 10**20)]:
    for m in ('split','rsplit'):
        try: print(m, args, getattr('a,b', m)(*args))
        except Exception as e: print(m, args, type(e).__name__, e)
print("a b  c".split(None, 1), "a,b,c".rsplit(",", 1), "a,b".split(sep=",", maxsplit=0))

# center/ljust/rjust with fill characters, CPython's centring rule for odd margins, and zfill's sign handling.
for s in ['', 'a', 'ab', 'abc', 'abcd']:
    for w in [-1, 0, 3, 4, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '.')))
print(repr('x'.center(5, '😀')), repr('😀'.center(4, '_')), repr('😀'.ljust(3)), repr('é'.rjust(3, 'é')))
print(repr('x'.center(True)), repr('x'.ljust(False)), repr('abc'.rjust(2)))
for s in ['', '0', '42', '-42', '+42', '--', '-', '+', 'abc', '-abc', '3.14', '-0.5', '1-2', '😀']:
    print(repr(s), repr(s.zfill(-1)), repr(s.zfill(0)), repr(s.zfill(1)), repr(s.zfill(3)), repr(s.zfill(6)))

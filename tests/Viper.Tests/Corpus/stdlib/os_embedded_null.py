# A NUL inside a path: CPython's ValueError before any file-system call; the os.path tests answer False and the string functions keep it.
import os
tests = ['os.chdir(p)', 'open(p)', 'os.listdir(p)', 'os.mkdir(p)', 'os.makedirs(p)', 'os.rmdir(p)', 'os.remove(p)', 'os.unlink(p)', 'os.rename(p, "x")', 'os.rename("x", p)', 'os.path.exists(p)', 'os.path.isfile(p)', 'os.path.isdir(p)', 'os.path.getsize(p)', 'os.path.join(p, "x")', 'os.path.basename(p)', 'open(p, "w")', 'os.replace(p, "x")']
p = 'a\0b'
for t in tests:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '->', type(e).__name__, e)

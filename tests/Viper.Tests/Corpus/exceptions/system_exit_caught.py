# SystemExit and KeyboardInterrupt are BaseExceptions: 'except Exception' does not catch them.
import sys
for kind in [SystemExit, KeyboardInterrupt, GeneratorExit]:
    try:
        try:
            raise kind(3)
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print(type(e).__name__, "caught as BaseException", e.args)
try:
    sys.exit(2)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
print("still running")

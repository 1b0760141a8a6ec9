# assert passes silently, fails with AssertionError carrying the message (evaluated only on failure).
def message():
    print("message evaluated")
    return "the message"

assert True, message()
assert 1 < 2 < 3
try:
    assert [], message()
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 0
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e), e.args, str(e))
try:
    assert False, ("a", 1)
except AssertionError as e:
    print(repr(e), e.args)
AssertionError = ValueError
try:
    assert False, "builtin AssertionError even when the name is rebound"
except Exception as e:
    print(type(e).__name__, e)

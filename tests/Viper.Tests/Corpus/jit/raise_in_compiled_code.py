# raise and raise ... from in compiled functions: the exception, its cause and context, and the
# traceback through compiled frames are the VM's.
def check(x):
    if x < 0:
        raise ValueError("negative", x)
    return x * 2


def chained(x):
    if x:
        raise KeyError(x) from None
    if x == 0:
        raise TypeError
    return x


def with_cause(x):
    raise RuntimeError("outer") from ValueError(x)


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


def reraise_object(error):
    raise error


total = 0
for i in range(2000):
    total += check(i)
print(total)
for function, argument in [(check, -1), (chained, 5), (chained, 0), (with_cause, 3), (deep, 3)]:
    try:
        function(argument)
    except Exception as error:
        print(type(error).__name__, error, repr(error.__cause__), error.__suppress_context__, repr(error.__context__))
try:
    {}["k"]
except KeyError:
    try:
        check(-2)
    except ValueError as error:
        print("context", repr(error.__context__))
saved = ValueError("saved")
for attempt in range(2):
    try:
        reraise_object(saved)
    except ValueError as error:
        print(error is saved, len([1 for _ in range(attempt + 1)]))
try:
    raise_class = chained
    raise_class(0)
except TypeError as error:
    print("class instantiated", type(error).__name__, error.args)
try:
    reraise_object(5)
except TypeError as error:
    print(error)
deep(2)

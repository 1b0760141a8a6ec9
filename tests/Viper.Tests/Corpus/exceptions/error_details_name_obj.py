# AttributeError name/obj, NameError name and ImportError name/path: set by the raiser, by constructor keywords and by assignment.
import math


class Plain:
    pass


def show(expression):
    try:
        result = eval(expression)
        print(expression, "->", repr(result))
    except (AttributeError, NameError) as error:
        obj = getattr(error, "obj", "-")
        print(expression, "!", type(error).__name__, repr(error.name), type(obj).__name__)
    except TypeError as error:
        print(expression, "TypeError:", error)


for expression in ("Plain().x", "Plain.x", "math.nope", "(1).x", "int.nope", "undefined_name",
                   "AttributeError('m').name", "AttributeError('m').obj", "AttributeError('m', name='n', obj=3).obj",
                   "NameError('m', name='x').name", "NameError('m').name", "ImportError('m', name='n', path='p').path",
                   "ModuleNotFoundError('m', name='a', path='b').path", "ImportError('m').path",
                   "ImportError('m', bogus=1)", "AttributeError('m', bogus=1)", "NameError('m', obj=1)",
                   "ValueError('m', bogus=1)", "KeyError(k=1)"):
    show(expression)


class Custom(AttributeError):
    pass


class Loud(Exception):
    pass


print(Custom("m", name="q").name, Custom("m").obj, Custom("m", name="q").args)
try:
    Loud("m", x=1)
except TypeError as error:
    print(error)

error = AttributeError("m")
error.name = "assigned"
print(error.name, error.obj)


def local_unbound():
    value
    value = 1


try:
    local_unbound()
except NameError as caught:
    print(type(caught).__name__, caught.name)

try:
    Plain().missing_attr
except AttributeError as caught:
    print(caught.name, type(caught.obj).__name__, caught.args)

try:
    getattr(Plain, "gone")
except AttributeError as caught:
    print(caught.name, caught.obj is Plain)


def lookup_many(items):
    missing = 0
    for item in items:
        try:
            item.value
        except AttributeError as caught:
            missing += caught.name == "value"
    return missing


print(lookup_many([Plain() for _ in range(50)]))


class WithInit(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code


class PassesKeywords(Exception):
    def __init__(self, **keywords):
        super().__init__(**keywords)


class DetailedAttributeError(AttributeError):
    def __init__(self, message, **keywords):
        super().__init__(message, **keywords)


print(WithInit("m", code=3).code, WithInit("m").args)
try:
    PassesKeywords(a=1)
except TypeError as error:
    print(error)
detailed = DetailedAttributeError("m", name="n", obj=[1])
print(detailed.name, detailed.obj, detailed.args)
try:
    DetailedAttributeError("m", path="p")
except TypeError as error:
    print(error)

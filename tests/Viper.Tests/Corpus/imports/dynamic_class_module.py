# type(name, bases, dict) takes __module__ from the globals of the frame that calls it, in any tier.
import lib.class_factory as factory

made = factory.make_many(60)
print(made, made.__module__, made.made_in)
print(factory.make("Once"))
print(factory.reading_globals())

Local = type("Local", (), {})
print(Local, Local.__module__)


def make_here(name):
    return type(name, (object,), {})


for index in range(60):
    here = make_here("Here%d" % index)
print(here, here.__module__)

alias = type


def through_alias():
    return alias("Aliased", (), {})


print(through_alias().__module__)

namespace = {}
exec("Inner = type('Inner', (), {})\nclass Stated: pass", {"__name__": "made.up"}, namespace)
print(namespace["Inner"], namespace["Stated"])
exec("Bare = type('Bare', (), {})", {}, namespace)
print(namespace["Bare"], repr(namespace["Bare"]()).split(" at ")[0])

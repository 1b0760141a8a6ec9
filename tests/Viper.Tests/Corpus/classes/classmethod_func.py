# classmethod and staticmethod objects give the function they wrap as __func__ and __wrapped__.
def make(cls, value):
    return cls, value


def plain(value):
    return value * 2


wrapped_class_method = classmethod(make)
wrapped_static_method = staticmethod(plain)
print(wrapped_class_method.__func__ is make, wrapped_class_method.__wrapped__ is make, wrapped_static_method.__func__ is plain)
print(wrapped_static_method.__wrapped__(4), wrapped_class_method.__func__.__name__)


class Holder:
    build = wrapped_class_method
    double = wrapped_static_method


print(Holder.build(1)[1], Holder.double(5), Holder.__dict__["build"].__func__ is make, Holder.__dict__["double"].__func__(7))
try:
    wrapped_class_method.missing
except AttributeError as error:
    print("AttributeError", error)

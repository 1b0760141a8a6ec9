# A metaclass's __setattr__ and __delattr__ see assignments to the class; type.__setattr__ bypasses them.
class Guarded(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign constant {name!r}")
        print("meta setattr", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)


class Config(metaclass=Guarded):
    LIMIT = 10


Config.level = 3
print(Config.level)
try:
    Config.LIMIT = 11
except AttributeError as e:
    print("AttributeError:", e)
type.__setattr__(Config, "LIMIT", 12)
print(Config.LIMIT)
del Config.level
print(hasattr(Config, "level"))
type.__delattr__(Config, "LIMIT")
print(hasattr(Config, "LIMIT"))
setattr(Config, "other", 1)
print(Config.other)
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__setattr__(5, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__delattr__(Config, "missing")
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


type.__setattr__(Plain, "added", "yes")
print(Plain.added, Plain().added)

# A metaclass's __prepare__ namespace that is a dict subclass sees every class-body binding, read and deletion.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self.log.append(("get", key))
        return super().__getitem__(key)

    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return Recording()

    def __new__(mcls, name, bases, namespace, **kwargs):
        print(name, [entry for entry in namespace.log if not entry[1].startswith("__")])
        return super().__new__(mcls, name, bases, dict(namespace))


class A(metaclass=Meta):
    x = 1
    y = x + 1
    z: int = 3
    del x

    def method(self):
        return y


print(A.y, A.z, hasattr(A, "x"), A.__annotations__)


class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)


class DefaultMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()


class B(metaclass=DefaultMeta):
    value = auto_thing
    builtin = len
    print("inside", value, builtin("ab"))


print(B.value)


class Refusing(dict):
    def __setitem__(self, key, value):
        if key == "forbidden":
            raise ValueError("no forbidden names")
        super().__setitem__(key, value)


class RefusingMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Refusing()


try:
    class C(metaclass=RefusingMeta):
        allowed = 1
        forbidden = 2
except ValueError as e:
    print("ValueError:", e)


class Missing(metaclass=Meta):
    try:
        del never_bound
    except NameError as e:
        print("NameError:", e)
    try:
        print(never_bound)
    except NameError as e:
        print("NameError:", e)

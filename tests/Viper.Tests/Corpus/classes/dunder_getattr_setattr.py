class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("computing", name)
        return name.upper()


z = Lazy()
print(z.real, z.missing, z.other)
print(getattr(z, "real"), getattr(z, "dynamic"), hasattr(z, "anything"))


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


r = Recorder()
r.a = 1
r.b = "x"
print(r.a, r.b, r.log)
del r.a
print(r.log, hasattr(r, "a"))
setattr(r, "c", 5)
print(r.c, r.log)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)

    def __getattribute__(self, name):
        if name == "target":
            return object.__getattribute__(self, name)
        print("proxy get", name)
        return getattr(object.__getattribute__(self, "target"), name)


p = Proxy([3, 1, 2])
print(p.count(1), p.index(2))


class Fallback:
    present = 1

    def __getattribute__(self, name):
        if name == "boom":
            return object.__getattribute__(self, "does_not_exist")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback()
print(f.present, f.boom, f.nothing)
print(getattr(f, "x", "default"))


class Plain:
    pass


pl = Plain()
print(getattr(pl, "nope", None), hasattr(pl, "nope"))
setattr(pl, "dyn", 42)
print(pl.dyn, vars(pl), pl.__dict__ is vars(pl))
delattr(pl, "dyn")
print(vars(pl))
pl.__dict__["injected"] = "via dict"
print(pl.injected)

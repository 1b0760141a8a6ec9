# Helpers for imports/dynamic_class_module.py: classes made by type() in another module.
def make(name):
    return type(name, (), {"made_in": __name__})


def make_many(count):
    made = None
    for index in range(count):
        made = make("Made%d" % index)
    return made


def reading_globals():
    return globals()["__name__"], eval("__name__")

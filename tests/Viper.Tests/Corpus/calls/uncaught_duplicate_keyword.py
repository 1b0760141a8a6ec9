def configure(**settings):
    return settings


defaults = {"verbose": False, "depth": 1}
print(configure(**defaults))
print(configure(
    **defaults,
    verbose=True,
))

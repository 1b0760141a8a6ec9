# 'raise ... from' shows the cause first, with the direct-cause separator.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise ValueError("no such setting: " + key) from e

print("looking up")
lookup({"a": 1}, "b")

# An exception passing through finally blocks keeps its frames; the finally bodies run first.
def inner(d):
    try:
        return d["missing"]
    finally:
        print("inner finally")

def outer():
    try:
        inner({})
    finally:
        print("outer finally")

outer()

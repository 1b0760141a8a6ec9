# A function called from a handler fails: the context is the handled exception, frames from both.
def report(error):
    return "report: " + error

def process(items):
    try:
        return items[3]
    except IndexError as e:
        print("handling", repr(e))
        return report(e)

process([1, 2])

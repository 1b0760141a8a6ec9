# An exception raised while handling another shows both, the first as context.
def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        return {}["fallback"]

print("loading")
load("seven")

# 'raise e' inside its own handler: the frame appears twice, at the raise and where it first failed.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("parse failed, re-raising explicitly")
        raise e

def load():
    return parse("4x")

load()

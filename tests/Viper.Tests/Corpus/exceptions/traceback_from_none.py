# 'raise ... from None' hides the exception being handled.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("expected digits") from None

print("converting")
convert("abc")

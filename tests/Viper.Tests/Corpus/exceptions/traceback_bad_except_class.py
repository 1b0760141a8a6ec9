# An except clause naming something that is not an exception class is a TypeError raised while handling.
def check():
    try:
        {}["key"]
    except "KeyError":
        print("never")

print("checking")
check()

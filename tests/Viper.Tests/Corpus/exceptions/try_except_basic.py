# try/except/else/finally in their combinations, and which parts run.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            int("x")
        elif action == "key":
            {}["missing"]
        elif action == "zero":
            1 // 0
        log.append("after")
    except ValueError:
        log.append("value-handler")
    except (KeyError, IndexError) as e:
        log.append("lookup-handler " + repr(e))
    except:
        log.append("bare-handler")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for action in ["none", "value", "key", "zero"]:
    print(action, run(action))

try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")

try:
    print("try only with finally")
finally:
    print("finally ran")

x = 0
try:
    x = 1
    raise ValueError
except ValueError:
    x += 10
print("x", x)

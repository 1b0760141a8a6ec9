# Handlers that raise and catch again inside loops, with the handled exception restored each time.
def classify(values):
    out = []
    for v in values:
        try:
            try:
                out.append(10 // v)
            except ZeroDivisionError:
                out.append(int("zero"))
        except ValueError as e:
            out.append("value error: " + str(e))
        except TypeError as e:
            out.append("type error: " + str(e))
    return out

print(classify([1, 0, "a", 5]))

def retry(attempts):
    log = []
    for attempt in range(attempts):
        try:
            if attempt < 2:
                raise ConnectionError("attempt " + str(attempt))
            log.append("succeeded")
            break
        except ConnectionError as e:
            log.append("failed " + str(e))
            continue
        finally:
            log.append("cleanup " + str(attempt))
    else:
        log.append("gave up")
    return log

print(retry(5))
print(retry(2))

try:
    raise
except RuntimeError as e:
    print("no handled exception again:", e)

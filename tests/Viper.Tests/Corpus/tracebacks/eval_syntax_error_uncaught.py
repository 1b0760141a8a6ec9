# A syntax error in eval'd source prints the "<string>" location block under the traceback.
def evaluate(text):
    return eval(text)


print(evaluate("1 + 2"))
evaluate("(1 +")

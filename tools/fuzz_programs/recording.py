"""The statement every kind wraps its random expressions in, so that one that raises does not end the program."""


def recorded(expression, indent="    ", shown_by="repr"):
    """Lines appending shown_by(expression) to out, or the exception it raised as 'Type: message'."""
    return (f"{indent}try:\n{indent}    out.append({shown_by}({expression}))\n"
            f"{indent}except Exception as error:\n{indent}    out.append(type(error).__name__ + ': ' + str(error))")

PUBLIC_CONSTANT = 42
_private_value = 1


def public_function():
    return "public"


def _private_helper():
    return "private"

from lib.shapes import square, no_such_name

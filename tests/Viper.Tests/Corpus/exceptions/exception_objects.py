# Exception objects: classes, isinstance, the hierarchy, attributes.
e = ValueError("bad", 3)
print(type(e) is ValueError, e.__class__ is ValueError, e.__class__.__name__)
print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, KeyError))
print(isinstance(e, (KeyError, ValueError)))
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(repr(ValueError()), str(ValueError()), repr(str(ValueError())))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("k", 1)), str(KeyError()))
print(str(IndexError(1, 2)), repr(Exception("a", "b")))
print(ZeroDivisionError, ArithmeticError, repr(LookupError))
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
         (TimeoutError, OSError), (BrokenPipeError, ConnectionError), (UnicodeError, ValueError),
         (StopIteration, Exception), (SystemExit, Exception), (KeyboardInterrupt, BaseException),
         (GeneratorExit, Exception), (AssertionError, Exception), (AttributeError, Exception),
         (EOFError, Exception), (TabError, SyntaxError), (IndentationError, SyntaxError),
         (UserWarning, Warning), (DeprecationWarning, Exception), (FloatingPointError, ArithmeticError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, isinstance(sub(), base))
print(IOError is OSError, EnvironmentError is OSError)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
try:
    ValueError(x=1)
except TypeError as err:
    print(err)
try:
    raise KeyError("k")
except KeyError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)

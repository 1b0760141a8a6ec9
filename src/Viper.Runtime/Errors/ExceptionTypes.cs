using Viper.Runtime.Objects;

namespace Viper.Runtime.Errors;

/// <summary>The builtin exception hierarchy, as in CPython's <c>Objects/exceptions.c</c>.</summary>
public static class ExceptionTypes
{
    public static PyType BaseException { get; } = Make("BaseException", PyType.Object);

    public static PyType SystemExit { get; } = Make("SystemExit", BaseException);

    public static PyType KeyboardInterrupt { get; } = Make("KeyboardInterrupt", BaseException);

    public static PyType Exception { get; } = Make("Exception", BaseException);

    public static PyType StopIteration { get; } = Make("StopIteration", Exception);

    public static PyType ArithmeticError { get; } = Make("ArithmeticError", Exception);

    public static PyType ZeroDivisionError { get; } = Make("ZeroDivisionError", ArithmeticError);

    public static PyType OverflowError { get; } = Make("OverflowError", ArithmeticError);

    public static PyType AssertionError { get; } = Make("AssertionError", Exception);

    public static PyType AttributeError { get; } = Make("AttributeError", Exception);

    public static PyType ImportError { get; } = Make("ImportError", Exception);

    public static PyType ModuleNotFoundError { get; } = Make("ModuleNotFoundError", ImportError);

    public static PyType LookupError { get; } = Make("LookupError", Exception);

    public static PyType IndexError { get; } = Make("IndexError", LookupError);

    public static PyType KeyError { get; } = Make("KeyError", LookupError);

    public static PyType MemoryError { get; } = Make("MemoryError", Exception);

    public static PyType NameError { get; } = Make("NameError", Exception);

    public static PyType UnboundLocalError { get; } = Make("UnboundLocalError", NameError);

    public static PyType RuntimeError { get; } = Make("RuntimeError", Exception);

    public static PyType RecursionError { get; } = Make("RecursionError", RuntimeError);

    public static PyType NotImplementedError { get; } = Make("NotImplementedError", RuntimeError);

    public static PyType SyntaxError { get; } = Make("SyntaxError", Exception);

    public static PyType IndentationError { get; } = Make("IndentationError", SyntaxError);

    public static PyType TabError { get; } = Make("TabError", IndentationError);

    public static PyType TypeError { get; } = Make("TypeError", Exception);

    public static PyType ValueError { get; } = Make("ValueError", Exception);

    public static PyType UnicodeError { get; } = Make("UnicodeError", ValueError);

    public static IEnumerable<PyType> All =>
    [
        BaseException, SystemExit, KeyboardInterrupt, Exception, StopIteration, ArithmeticError, ZeroDivisionError,
        OverflowError, AssertionError, AttributeError, ImportError, ModuleNotFoundError, LookupError, IndexError,
        KeyError, MemoryError, NameError, UnboundLocalError, RuntimeError, RecursionError, NotImplementedError,
        SyntaxError, IndentationError, TabError, TypeError, ValueError, UnicodeError,
    ];

    public static PyType? ByName(string name) => All.FirstOrDefault(type => type.Name == name);

    private static PyType Make(string name, PyType baseType) => new(name, baseType) { Type = PyType.TypeType };
}

using Viper.Runtime.Objects;

namespace Viper.Runtime.Errors;

/// <summary>The builtin exception hierarchy, as in CPython's <c>Objects/exceptions.c</c>.</summary>
public static class ExceptionTypes
{
    public static PyType BaseException { get; } = Make("BaseException", PyType.Object);

    public static PyType SystemExit { get; } = Make("SystemExit", BaseException);

    public static PyType KeyboardInterrupt { get; } = Make("KeyboardInterrupt", BaseException);

    public static PyType GeneratorExit { get; } = Make("GeneratorExit", BaseException);

    public static PyType Exception { get; } = Make("Exception", BaseException);

    public static PyType StopIteration { get; } = Make("StopIteration", Exception);

    public static PyType StopAsyncIteration { get; } = Make("StopAsyncIteration", Exception);

    public static PyType ArithmeticError { get; } = Make("ArithmeticError", Exception);

    public static PyType FloatingPointError { get; } = Make("FloatingPointError", ArithmeticError);

    public static PyType OverflowError { get; } = Make("OverflowError", ArithmeticError);

    public static PyType ZeroDivisionError { get; } = Make("ZeroDivisionError", ArithmeticError);

    public static PyType AssertionError { get; } = Make("AssertionError", Exception);

    public static PyType AttributeError { get; } = Make("AttributeError", Exception);

    public static PyType BufferError { get; } = Make("BufferError", Exception);

    public static PyType EOFError { get; } = Make("EOFError", Exception);

    public static PyType ImportError { get; } = Make("ImportError", Exception);

    public static PyType ModuleNotFoundError { get; } = Make("ModuleNotFoundError", ImportError);

    public static PyType LookupError { get; } = Make("LookupError", Exception);

    public static PyType IndexError { get; } = Make("IndexError", LookupError);

    public static PyType KeyError { get; } = Make("KeyError", LookupError);

    public static PyType MemoryError { get; } = Make("MemoryError", Exception);

    public static PyType NameError { get; } = Make("NameError", Exception);

    public static PyType UnboundLocalError { get; } = Make("UnboundLocalError", NameError);

    public static PyType OSError { get; } = Make("OSError", Exception);

    public static PyType BlockingIOError { get; } = Make("BlockingIOError", OSError);

    public static PyType ChildProcessError { get; } = Make("ChildProcessError", OSError);

    public static PyType ConnectionError { get; } = Make("ConnectionError", OSError);

    public static PyType BrokenPipeError { get; } = Make("BrokenPipeError", ConnectionError);

    public static PyType ConnectionAbortedError { get; } = Make("ConnectionAbortedError", ConnectionError);

    public static PyType ConnectionRefusedError { get; } = Make("ConnectionRefusedError", ConnectionError);

    public static PyType ConnectionResetError { get; } = Make("ConnectionResetError", ConnectionError);

    public static PyType FileExistsError { get; } = Make("FileExistsError", OSError);

    public static PyType FileNotFoundError { get; } = Make("FileNotFoundError", OSError);

    public static PyType InterruptedError { get; } = Make("InterruptedError", OSError);

    public static PyType IsADirectoryError { get; } = Make("IsADirectoryError", OSError);

    public static PyType NotADirectoryError { get; } = Make("NotADirectoryError", OSError);

    public static PyType PermissionError { get; } = Make("PermissionError", OSError);

    public static PyType ProcessLookupError { get; } = Make("ProcessLookupError", OSError);

    public static PyType TimeoutError { get; } = Make("TimeoutError", OSError);

    public static PyType ReferenceError { get; } = Make("ReferenceError", Exception);

    public static PyType RuntimeError { get; } = Make("RuntimeError", Exception);

    public static PyType RecursionError { get; } = Make("RecursionError", RuntimeError);

    public static PyType NotImplementedError { get; } = Make("NotImplementedError", RuntimeError);

    public static PyType SyntaxError { get; } = Make("SyntaxError", Exception);

    public static PyType IndentationError { get; } = Make("IndentationError", SyntaxError);

    public static PyType TabError { get; } = Make("TabError", IndentationError);

    public static PyType SystemError { get; } = Make("SystemError", Exception);

    public static PyType TypeError { get; } = Make("TypeError", Exception);

    public static PyType ValueError { get; } = Make("ValueError", Exception);

    public static PyType UnicodeError { get; } = Make("UnicodeError", ValueError);

    public static PyType UnicodeEncodeError { get; } = Make("UnicodeEncodeError", UnicodeError);

    public static PyType UnicodeDecodeError { get; } = Make("UnicodeDecodeError", UnicodeError);

    public static PyType Warning { get; } = Make("Warning", Exception);

    public static PyType UserWarning { get; } = Make("UserWarning", Warning);

    public static PyType DeprecationWarning { get; } = Make("DeprecationWarning", Warning);

    public static PyType PendingDeprecationWarning { get; } = Make("PendingDeprecationWarning", Warning);

    public static PyType SyntaxWarning { get; } = Make("SyntaxWarning", Warning);

    public static PyType RuntimeWarning { get; } = Make("RuntimeWarning", Warning);

    public static PyType FutureWarning { get; } = Make("FutureWarning", Warning);

    public static PyType ImportWarning { get; } = Make("ImportWarning", Warning);

    public static PyType UnicodeWarning { get; } = Make("UnicodeWarning", Warning);

    public static PyType BytesWarning { get; } = Make("BytesWarning", Warning);

    public static PyType ResourceWarning { get; } = Make("ResourceWarning", Warning);

    public static PyType EncodingWarning { get; } = Make("EncodingWarning", Warning);

    public static IEnumerable<PyType> All =>
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
        ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
        BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
        NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
        ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
        InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
        ReferenceError, RuntimeError, RecursionError, NotImplementedError, SyntaxError, IndentationError, TabError,
        SystemError, TypeError, ValueError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, Warning, UserWarning, DeprecationWarning,
        PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning,
        BytesWarning, ResourceWarning, EncodingWarning,
    ];

    /// <summary>Other builtin names for the types above (<c>IOError</c> is <c>OSError</c>).</summary>
    public static (string Name, PyType Type)[] Aliases => [("IOError", OSError), ("EnvironmentError", OSError)];

    public static PyType? ByName(string name) => All.FirstOrDefault(type => type.Name == name);

    private static PyType Make(string name, PyType baseType) => new(name, baseType) { Type = PyType.TypeType };
}

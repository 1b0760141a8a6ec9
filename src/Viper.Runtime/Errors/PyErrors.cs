using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Errors;

/// <summary>
/// Builds the exceptions the runtime raises, with CPython's messages. Callers write
/// <c>throw PyErrors.TypeError(...)</c> so the compiler sees the throw; the construction stays out of
/// line so hot methods that may raise stay small.
/// </summary>
public static class PyErrors
{
    public static PythonException New(PyType type, string message) =>
        new(new PyBaseException(type, [Value.FromString(message)]));

    public static PythonException New(PyType type, Value argument) =>
        new(new PyBaseException(type, [argument]));

    public static PythonException TypeError(string message) => New(ExceptionTypes.TypeError, message);

    /// <summary>An OSError from a failed system call: <c>[Errno 28] No space left on device</c>.</summary>
    public static PythonException OSError(int errno, string message) =>
        new(new PyBaseException(ExceptionTypes.OSError, [Value.FromInt(errno), Value.FromString(message)]));

    public static PythonException ValueError(string message) => New(ExceptionTypes.ValueError, message);

    public static PythonException IndexError(string message) => New(ExceptionTypes.IndexError, message);

    public static PythonException KeyError(Value key) => New(ExceptionTypes.KeyError, key);

    public static PythonException NameError(string name) => New(ExceptionTypes.NameError, $"name '{name}' is not defined");

    public static PythonException UnboundLocal(string name) =>
        New(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    public static PythonException ZeroDivision(string message) => New(ExceptionTypes.ZeroDivisionError, message);

    public static PythonException Overflow(string message) => New(ExceptionTypes.OverflowError, message);

    public static PythonException RuntimeError(string message) => New(ExceptionTypes.RuntimeError, message);

    public static PythonException RecursionError(string message = "maximum recursion depth exceeded") =>
        New(ExceptionTypes.RecursionError, message);

    public static PythonException AttributeError(Value owner, string name) =>
        New(ExceptionTypes.AttributeError, owner.Ref is PyModule module
            ? $"module '{module.Name}' has no attribute '{name}'"
            : $"'{TypeNames.Of(owner)}' object has no attribute '{name}'");

    public static PythonException NotImplemented(string message) => New(ExceptionTypes.NotImplementedError, message);

    /// <summary>A <see cref="Numerics.NumericError"/> from the numeric helpers, as the Python exception it names.</summary>
    public static PythonException FromNumeric(Numerics.NumericError error) =>
        New(ExceptionTypes.ByName(error.PythonType) ?? ExceptionTypes.ValueError, error.Message);
}

using Viper.Bytecode.Code;
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

    public static PythonException NameError(string name) => Missing(New(ExceptionTypes.NameError, $"name '{name}' is not defined"), name, default);

    public static PythonException UnboundLocal(string name) =>
        New(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    /// <summary>The UnboundLocalError of an instruction reading local <paramref name="slot"/>, which its traceback shows at the read.</summary>
    public static PythonException UnboundLocalRead(CodeObject code, int slot)
    {
        var error = UnboundLocal(code.LocalNames[slot]);
        error.Value.UnboundSlot = slot;
        return error;
    }

    /// <summary>A bare StopIteration, as an exhausted iterator raises it (no args, value None).</summary>
    public static PythonException StopIteration() => new(new PyBaseException(ExceptionTypes.StopIteration, []));

    public static PythonException ZeroDivision(string message) => New(ExceptionTypes.ZeroDivisionError, message);

    public static PythonException Overflow(string message) => New(ExceptionTypes.OverflowError, message);

    public static PythonException RuntimeError(string message) => New(ExceptionTypes.RuntimeError, message);

    public static PythonException RecursionError(string message = "maximum recursion depth exceeded") =>
        New(ExceptionTypes.RecursionError, message);

    /// <summary><paramref name="name"/> missing on <paramref name="owner"/>, with CPython's message and its <c>name</c> and <c>obj</c>.</summary>
    public static PythonException AttributeError(Value owner, string name) =>
        Missing(
            New(ExceptionTypes.AttributeError, owner.Ref switch
            {
                PyModule module => $"module '{module.Name}' has no attribute '{name}'",
                PyType type => $"type object '{type.Name}' has no attribute '{name}'",
                _ => $"'{TypeNames.Of(owner)}' object has no attribute '{name}'",
            }),
            name,
            owner);

    private static PythonException Missing(PythonException error, string name, Value owner)
    {
        error.Value.MissingName = name;
        error.Value.MissingOwner = owner;
        return error;
    }

    public static PythonException NotImplemented(string message) => New(ExceptionTypes.NotImplementedError, message);

    /// <summary>A <see cref="Numerics.NumericError"/> from the numeric helpers, as the Python exception it names.</summary>
    public static PythonException FromNumeric(Numerics.NumericError error) =>
        New(ExceptionTypes.ByName(error.PythonType) ?? ExceptionTypes.ValueError, error.Message);
}

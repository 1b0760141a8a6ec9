namespace Viper.Runtime.Errors;

/// <summary>
/// Carries a Python exception through .NET frames. The VM catches it at its dispatch loop, adds
/// traceback entries as frames unwind, and hands it to an exception handler or to the caller.
/// The .NET message is formatted only when asked for: most exceptions are caught by Python code
/// that never looks at it.
/// </summary>
public sealed class PythonException(PyBaseException value) : Exception
{
    public PyBaseException Value { get; } = value;

    public override string Message => Value.Summary;
}

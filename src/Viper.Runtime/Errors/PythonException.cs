namespace Viper.Runtime.Errors;

/// <summary>
/// Carries a Python exception through .NET frames. The VM catches it at its dispatch loop, adds
/// traceback entries as frames unwind, and hands it to an exception handler or to the caller.
/// </summary>
public sealed class PythonException(PyBaseException value) : Exception(value.Summary)
{
    public PyBaseException Value { get; } = value;
}

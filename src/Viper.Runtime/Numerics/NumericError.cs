namespace Viper.Runtime.Numerics;

/// <summary>
/// Raised by the numeric helpers where CPython would raise. <see cref="PythonType"/> is the exact
/// CPython exception type name (e.g. <c>OverflowError</c>) and <see cref="Exception.Message"/> the
/// exact CPython message; the VM maps it onto the corresponding Python exception.
/// </summary>
public sealed class NumericError(string pythonType, string message) : Exception(message)
{
    /// <summary>CPython exception type name, e.g. <c>ValueError</c>.</summary>
    public string PythonType { get; } = pythonType;
}

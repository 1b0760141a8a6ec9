using Viper.Runtime.Objects;

namespace Viper.Runtime.Errors;

/// <summary>
/// <c>exc.__traceback__</c>: a view of one entry of an exception's traceback, outermost first,
/// offering <c>tb_lineno</c> and <c>tb_next</c>.
/// </summary>
public sealed class PyTraceback(PyBaseException exception, int index) : PyObject(TracebackType)
{
    public static PyType TracebackType { get; } = new("traceback", PyType.Object) { Type = PyType.TypeType };

    public TracebackEntry Entry => exception.Traceback[index];

    /// <summary>This entry and those inward of it, innermost first (the order of <see cref="PyBaseException.Traceback"/>).</summary>
    public TracebackEntry[] EntriesInward => exception.Traceback.GetRange(0, index + 1).ToArray();

    /// <summary>The next entry inward, or null at the frame that raised.</summary>
    public PyTraceback? Next => index > 0 ? new PyTraceback(exception, index - 1) : null;

    /// <summary>The outermost entry of the exception's traceback, or null when it was never raised.</summary>
    public static PyTraceback? Of(PyBaseException exception) =>
        exception.Traceback.Count > 0 ? new PyTraceback(exception, exception.Traceback.Count - 1) : null;
}

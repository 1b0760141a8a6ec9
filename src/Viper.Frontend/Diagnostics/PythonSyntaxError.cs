namespace Viper.Frontend.Diagnostics;

/// <summary>
/// A compile-time error, reported the way CPython reports it: the exception name
/// (<c>SyntaxError</c>, <c>IndentationError</c> or <c>TabError</c>), the message, and where.
/// <see cref="Line"/> is 1-based; <see cref="Column"/> and <see cref="EndColumn"/> are 1-based
/// character offsets like CPython's <c>offset</c>/<c>end_offset</c>, so the caret line under the
/// source is <c>Column - 1</c> spaces and then <c>max(1, EndColumn - Column)</c> carets.
/// </summary>
public sealed class PythonSyntaxError(string typeName, string message, int line, int column, int endColumn)
    : Exception(message)
{
    public PythonSyntaxError(string message, int line, int column)
        : this("SyntaxError", message, line, column, column + 1)
    {
    }

    public string TypeName { get; } = typeName;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public int EndColumn { get; } = endColumn;

    /// <summary>The line the error's range ends on; when later than <see cref="Line"/> the carets run to the end of the first line.</summary>
    public int EndLine { get; init; } = line;

    /// <summary>
    /// True when the error arose only because the source ended too early (an unclosed bracket, an
    /// unterminated triple-quoted string, a block header without its body, a trailing backslash),
    /// so an interactive prompt should read another line instead of reporting it.
    /// </summary>
    public bool IsIncompleteInput { get; init; }
}

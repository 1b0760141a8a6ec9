using Viper.Frontend.Diagnostics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Errors;

/// <summary>
/// SyntaxError as a Python exception (what import, <c>exec</c>, <c>eval</c> and <c>compile</c> raise for bad
/// source): its arguments are <c>(msg, (filename, lineno, offset, text, end_lineno, end_offset))</c>, as CPython's.
/// </summary>
public static class SyntaxErrors
{
    private static readonly string[] DetailNames = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

    /// <summary>The exception for a compile error in <paramref name="source"/>, quoting its line.</summary>
    public static PythonException FromCompile(PythonSyntaxError error, string fileName, string source)
    {
        var type = error.TypeName switch
        {
            "IndentationError" => ExceptionTypes.IndentationError,
            "TabError" => ExceptionTypes.TabError,
            _ => ExceptionTypes.SyntaxError,
        };
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var text = error.Line >= 1 && error.Line <= lines.Length ? Value.FromString(lines[error.Line - 1] + "\n") : Value.None;
        var details = PyTuple.Of(
            Value.FromString(fileName), Value.FromInt(error.Line), Value.FromInt(error.Column), text, Value.FromInt(error.EndLine), Value.FromInt(error.EndColumn));
        return new PythonException(new PyBaseException(type, [Value.FromString(error.Message), Value.FromObject(details)]));
    }

    /// <summary><c>msg</c>, <c>filename</c>, <c>lineno</c>, ... read from the arguments; unbound for any other name.</summary>
    public static Value Attribute(PyBaseException exception, string name)
    {
        if (name == "msg")
        {
            return exception.Args.Length > 0 ? exception.Args[0] : Value.None;
        }

        if (name == "print_file_and_line")
        {
            return Value.None;
        }

        var index = Array.IndexOf(DetailNames, name);
        if (index < 0)
        {
            return default;
        }

        return Details(exception) is { } details && index < details.Length ? details[index] : Value.None;
    }

    /// <summary><c>str(exc)</c> with a location: <c>msg (file.py, line 3)</c>, naming the file by its last component.</summary>
    public static string Describe(PyBaseException exception)
    {
        var message = Repr.Str(exception.Args[0]);
        var details = Details(exception);
        var fileName = details is { Length: > 0 } && details[0].Ref is PyStr file ? Path.GetFileName(file.Value) : null;
        var line = details is { Length: > 1 } && details[1].IsInt ? details[1].AsInt : (long?)null;
        return (fileName, line) switch
        {
            ({ } f, { } l) => $"{message} ({f}, line {l})",
            (null, { } l) => $"{message} (line {l})",
            ({ } f, null) => $"{message} ({f})",
            _ => message,
        };
    }

    /// <summary>Whether an uncaught <paramref name="exception"/> prints a source location block, and the error to print it from.</summary>
    public static bool TryGetLocation(PyBaseException exception, out string fileName, out PythonSyntaxError? located, out string? text)
    {
        fileName = "<string>";
        located = null;
        text = null;
        if (!exception.Type.IsSubtypeOf(ExceptionTypes.SyntaxError) || Details(exception) is not { Length: 6 } details || !details[1].IsInt)
        {
            return false;
        }

        if (details[0].Ref is PyStr file)
        {
            fileName = file.Value;
        }

        text = details[3].Ref is PyStr line ? line.Value.TrimEnd('\n') : null;
        var offset = details[2].IsInt ? (int)details[2].AsInt : 0;
        var endOffset = details[5].IsInt ? (int)details[5].AsInt : offset;
        var lineNumber = (int)details[1].AsInt;
        var endLine = details[4].IsInt ? (int)details[4].AsInt : lineNumber;
        located = new PythonSyntaxError(exception.Type.Name, Message(exception), lineNumber, offset, endOffset) { EndLine = endLine };
        return true;
    }

    /// <summary>The last line's message: <c>msg</c> alone, without the location <c>str()</c> adds.</summary>
    public static string Message(PyBaseException exception) => exception.Args.Length > 0 ? Repr.Str(exception.Args[0]) : "";

    private static Value[]? Details(PyBaseException exception) =>
        exception.Args.Length == 2 && exception.Args[1].Ref is PyTuple tuple ? tuple.Items : null;
}

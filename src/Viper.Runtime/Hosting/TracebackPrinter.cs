using System.Text;
using Viper.Frontend.Diagnostics;
using Viper.Runtime.Errors;

namespace Viper.Runtime.Hosting;

/// <summary>Formats uncaught exceptions and syntax errors exactly as CPython 3.11 prints them.</summary>
public sealed class TracebackPrinter(SourceCache sources)
{
    /// <summary>CPython prints this many identical consecutive frames before collapsing the rest.</summary>
    private const int RepeatedFramesShown = 3;

    private const string CauseSeparator = "\nThe above exception was the direct cause of the following exception:\n\n";

    private const string ContextSeparator = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /// <summary>
    /// The exception's traceback, preceded by the exceptions chained to it as CPython prints them:
    /// the cause (from <c>raise ... from</c>), or else the context (the exception being handled when
    /// it was raised) unless <c>from</c> suppressed it; each at most once.
    /// </summary>
    public string Format(PyBaseException error)
    {
        var text = new StringBuilder();
        AppendChain(text, error, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    private void AppendChain(StringBuilder text, PyBaseException error, HashSet<PyBaseException> seen)
    {
        seen.Add(error);
        if (error.Cause is { } cause)
        {
            if (!seen.Contains(cause))
            {
                AppendChain(text, cause, seen);
                text.Append(CauseSeparator);
            }
        }
        else if (error.Context is { } context && !error.SuppressContext && !seen.Contains(context))
        {
            AppendChain(text, context, seen);
            text.Append(ContextSeparator);
        }

        AppendTraceback(text, error);
    }

    private void AppendTraceback(StringBuilder text, PyBaseException error)
    {
        if (error.Traceback.Count > 0)
        {
            text.Append("Traceback (most recent call last):\n");
        }

        string? previous = null;
        var repeats = 0;
        for (var i = error.Traceback.Count - 1; i >= 0; i--)
        {
            var entry = error.Traceback[i];
            var span = entry.Code.Lines.SpanAt(entry.Offset);
            var line = span.Line;
            var frameText = $"  File \"{entry.Code.FileName}\", line {line}, in {entry.Code.Name}\n";
            if (frameText == previous)
            {
                repeats++;
                if (repeats >= RepeatedFramesShown)
                {
                    continue;
                }
            }
            else
            {
                AppendRepeats(text, repeats);
                repeats = 0;
                previous = frameText;
            }

            text.Append(frameText);
            if (sources.FileLine(entry.Code.FileName, line) is { } source && source.Trim().Length > 0)
            {
                // CPython strips the indentation but prints trailing blanks as they are.
                text.Append("    ").Append(source.TrimStart(' ', '\t', '\f').TrimEnd('\r')).Append('\n');
                if (CaretLine.For(source, span) is { } carets)
                {
                    text.Append(carets).Append('\n');
                }
            }
        }

        AppendRepeats(text, repeats);
        if (SyntaxErrors.TryGetLocation(error, out var fileName, out var located, out var sourceLine))
        {
            text.Append($"  File \"{fileName}\", line {located!.Line}\n");
            if (sourceLine is not null && located.Column > 0)
            {
                AppendSyntaxErrorSource(text, located, sourceLine);
            }

            var message = SyntaxErrors.Message(error);
            text.Append(message.Length == 0 ? error.Type.Name : $"{error.Type.Name}: {message}").Append('\n');
            return;
        }

        text.Append(error.Summary).Append('\n');
    }

    private static void AppendRepeats(StringBuilder text, int repeats)
    {
        var hidden = repeats - (RepeatedFramesShown - 1);
        if (hidden > 0)
        {
            text.Append($"  [Previous line repeated {hidden} more time{(hidden == 1 ? "" : "s")}]\n");
        }
    }

    /// <summary>A compile-time error as CPython prints it: the place, the source line, a caret line, the message.</summary>
    public string Format(PythonSyntaxError error, string fileName)
    {
        var text = new StringBuilder($"  File \"{fileName}\", line {error.Line}\n");
        if (sources.Line(fileName, error.Line) is { } source)
        {
            AppendSyntaxErrorSource(text, error, source);
        }

        text.Append(error.TypeName).Append(": ").Append(error.Message).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// CPython's rules: the line without its indentation, then a caret line from the 1-based
    /// offset, one caret per column up to the end offset (always one for an IndentationError),
    /// and none at all when the offset falls inside the stripped indentation.
    /// </summary>
    private static void AppendSyntaxErrorSource(StringBuilder text, PythonSyntaxError error, string source)
    {
        var line = source.TrimEnd('\r');
        var lineSize = line.Length + 1;
        var end = error.EndLine > error.Line ? lineSize : Math.Min(error.EndColumn, lineSize + 1);
        var isIndentation = error.TypeName is "IndentationError" or "TabError";
        var carets = !isIndentation && end > 0 && end > error.Column ? end - error.Column : 1;

        var stripped = line.TrimStart(' ', '\t', '\f');
        var offset = Math.Min(error.Column - 1 - (line.Length - stripped.Length), stripped.Length);
        text.Append("    ").Append(stripped).Append('\n');
        if (offset >= 0)
        {
            text.Append("    ").Append(' ', offset).Append('^', carets).Append('\n');
        }
    }
}

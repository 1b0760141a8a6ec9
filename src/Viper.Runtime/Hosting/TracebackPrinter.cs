using System.Text;
using Viper.Frontend.Diagnostics;
using Viper.Runtime.Errors;

namespace Viper.Runtime.Hosting;

/// <summary>Formats uncaught exceptions and syntax errors exactly as CPython 3.11 prints them.</summary>
public sealed class TracebackPrinter(SourceCache sources)
{
    /// <summary>CPython prints this many identical consecutive frames before collapsing the rest.</summary>
    private const int RepeatedFramesShown = 3;

    public string Format(PyBaseException error)
    {
        var text = new StringBuilder("Traceback (most recent call last):\n");
        string? previous = null;
        var repeats = 0;
        for (var i = error.Traceback.Count - 1; i >= 0; i--)
        {
            var entry = error.Traceback[i];
            var line = entry.Code.LineAt(entry.Offset);
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
            if (sources.Line(entry.Code.FileName, line) is { } source && source.Trim().Length > 0)
            {
                text.Append("    ").Append(source.Trim()).Append('\n');
            }
        }

        AppendRepeats(text, repeats);
        text.Append(error.Summary).Append('\n');
        return text.ToString();
    }

    private static void AppendRepeats(StringBuilder text, int repeats)
    {
        var hidden = repeats - (RepeatedFramesShown - 1);
        if (hidden > 0)
        {
            text.Append($"  [Previous line repeated {hidden} more time{(hidden == 1 ? "" : "s")}]\n");
        }
    }

    public string Format(PythonSyntaxError error, string fileName)
    {
        var text = new StringBuilder($"  File \"{fileName}\", line {error.Line}\n");
        if (sources.Line(fileName, error.Line) is { } source)
        {
            var stripped = source.TrimStart();
            var indent = source.Length - stripped.Length;
            text.Append("    ").Append(stripped.TrimEnd()).Append('\n');
            var start = Math.Max(0, error.Column - 1 - indent);
            var width = Math.Max(1, error.EndColumn - error.Column);
            text.Append("    ").Append(' ', start).Append('^', width).Append('\n');
        }

        text.Append(error.TypeName).Append(": ").Append(error.Message).Append('\n');
        return text.ToString();
    }
}

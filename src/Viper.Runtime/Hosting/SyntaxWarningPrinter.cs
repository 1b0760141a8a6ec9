using Viper.Frontend.Ast;

namespace Viper.Runtime.Hosting;

/// <summary>
/// Prints the compiler's SyntaxWarnings as CPython's warnings module shows them by default, to
/// stderr as they are found: <c>file:line: SyntaxWarning: message</c>, then the line itself,
/// stripped and indented, when it comes from a file (linecache cannot read a string's).
/// </summary>
internal static class SyntaxWarningPrinter
{
    public static Action<SourceSpan, string> For(PythonRuntime runtime, string fileName) => (span, message) =>
    {
        var error = runtime.ErrorOutput;
        error.Write($"{fileName}:{span.Line}: SyntaxWarning: {message}\n");
        if (runtime.Sources.FileLine(fileName, span.Line) is { } line)
        {
            error.Write($"  {line.Trim()}\n");
        }

        error.Flush();
    };
}

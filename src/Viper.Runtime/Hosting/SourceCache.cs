namespace Viper.Runtime.Hosting;

/// <summary>The source text of every file compiled so far, so tracebacks can quote lines (CPython's linecache).</summary>
public sealed class SourceCache
{
    private readonly Dictionary<string, Source> _sources = [];

    /// <param name="fromFile">
    /// False for <c>-c</c>, stdin and REPL input: CPython can quote those in a syntax error (the
    /// error carries its line) but not in a traceback, which reads lines back from the file.
    /// </param>
    public void Add(string fileName, string source, bool fromFile) =>
        _sources[fileName] = new(source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), fromFile);

    /// <summary>A line of any compiled source, for syntax errors.</summary>
    public string? Line(string fileName, int line) =>
        _sources.TryGetValue(fileName, out var source) && line >= 1 && line <= source.Lines.Length ? source.Lines[line - 1] : null;

    /// <summary>A line of a source file, for tracebacks (CPython's linecache).</summary>
    public string? FileLine(string fileName, int line) =>
        _sources.TryGetValue(fileName, out var source) && source.FromFile ? Line(fileName, line) : null;

    // A class, not a value tuple, so the dictionary shares the framework's precompiled
    // reference-type code instead of being JIT-compiled at start-up.
    private sealed record Source(string[] Lines, bool FromFile);
}

namespace Viper.Runtime.Hosting;

/// <summary>The source text of every file compiled so far, so tracebacks can quote lines (CPython's linecache).</summary>
public sealed class SourceCache
{
    private readonly Dictionary<string, string[]> _lines = [];

    public void Add(string fileName, string source) =>
        _lines[fileName] = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    public string? Line(string fileName, int line) =>
        _lines.TryGetValue(fileName, out var lines) && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
}

namespace Viper.Perf.Harness;

/// <summary>
/// A benchmark: a Python file in <c>perf/benchmarks</c> defining <c>bench()</c>, or a whole program
/// in <c>perf/programs</c>; its first comment says what it measures.
/// </summary>
internal sealed record BenchmarkFile(string Name, string Path, string Description)
{
    public static IReadOnlyList<BenchmarkFile> Discover(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.py")
            .Order(StringComparer.Ordinal)
            .Select(path => new BenchmarkFile(System.IO.Path.GetFileNameWithoutExtension(path), path, DescriptionOf(path)))];

    private static string DescriptionOf(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault() ?? "";
        return first.StartsWith('#') ? first.TrimStart('#', ' ') : "";
    }
}

using System.Globalization;
using System.Text;

namespace Viper.Perf.Harness;

/// <summary>
/// The harness's report: one row per benchmark with each Viper tier's median and each CPython's,
/// the speed-up of Viper's fastest tier over each CPython (✅ where Viper is faster), and a score
/// line per tier and CPython. A result that differs from CPython's is flagged: a fast wrong answer
/// is not a win.
/// </summary>
internal static class ResultTable
{
    public static string Format(IReadOnlyList<BenchmarkFile> benchmarks, IReadOnlyList<string> viperRunners, IReadOnlyList<string> cpythonRunners, IReadOnlyList<Measurement> measurements)
    {
        var byKey = measurements.ToDictionary(m => (m.Benchmark, m.Runner));
        var header = new List<string> { "benchmark" };
        header.AddRange(viperRunners);
        header.AddRange(cpythonRunners);
        header.AddRange(cpythonRunners.Select(c => $"vs {c}"));
        var rows = new List<List<string>>();
        foreach (var benchmark in benchmarks)
        {
            var row = new List<string> { benchmark.Name };
            row.AddRange(viperRunners.Select(r => byKey.TryGetValue((benchmark.Name, r), out var m) ? Time(m.Median) : "-"));
            row.AddRange(cpythonRunners.Select(r => byKey.TryGetValue((benchmark.Name, r), out var m) ? Time(m.Median) : "-"));
            var fastest = viperRunners.Select(r => byKey.GetValueOrDefault((benchmark.Name, r))).OfType<Measurement>().MinBy(m => m.Median);
            foreach (var cpython in cpythonRunners)
            {
                row.Add(fastest is not null && byKey.TryGetValue((benchmark.Name, cpython), out var reference)
                    ? Verdict(fastest, reference)
                    : "-");
            }

            rows.Add(row);
        }

        var text = new StringBuilder();
        AppendAligned(text, header, rows);
        foreach (var tier in viperRunners)
        {
            foreach (var cpython in cpythonRunners)
            {
                var pairs = benchmarks
                    .Select(b => (Viper: byKey.GetValueOrDefault((b.Name, tier)), CPython: byKey.GetValueOrDefault((b.Name, cpython))))
                    .Where(p => p.Viper is not null && p.CPython is not null)
                    .ToList();
                var wins = pairs.Count(p => p.Viper!.Median < p.CPython!.Median && p.Viper.Result == p.CPython.Result);
                var geometric = Statistics.GeometricMean(pairs.Select(p => p.CPython!.Median / p.Viper!.Median));
                text.Append(CultureInfo.InvariantCulture, $"{tier}: {wins}/{pairs.Count} faster than {cpython} (geometric mean speed-up {geometric:0.00}×)\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Start-up's lines: the published viper's median and each CPython's, with the ratio.</summary>
    public static string FormatStartup(IReadOnlyList<Measurement> startup, int runs)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"start-up, `-c pass` as a whole process: the published viper and each CPython's binary, with and without its site module (-S), median of {runs} interleaved runs, and viper's speed-up (✅ where it starts faster):\n");
        var viper = startup[0];
        text.Append(CultureInfo.InvariantCulture, $"  {viper.Runner,-17} {Time(viper.Median),10}\n");
        foreach (var cpython in startup.Skip(1))
        {
            var speedup = cpython.Median / viper.Median;
            var line = string.Create(CultureInfo.InvariantCulture, $"  {cpython.Runner,-17} {Time(cpython.Median),10}  {speedup:0.00}× {(speedup > 1 ? "✅" : "")}");
            text.Append(line.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    private static string Verdict(Measurement viper, Measurement cpython)
    {
        if (viper.Result != cpython.Result)
        {
            return $"✗ result {viper.Result} ≠ {cpython.Result}";
        }

        var speedup = cpython.Median / viper.Median;
        return string.Create(CultureInfo.InvariantCulture, $"{speedup:0.00}× {(speedup > 1 ? "✅" : "")}").TrimEnd();
    }

    public static string Time(double seconds) => seconds switch
    {
        double.NaN => "-",
        < 1e-3 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e6:0.0} µs"),
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:0.00} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.000} s"),
    };

    public static void AppendAligned(StringBuilder text, List<string> header, List<List<string>> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Line(List<string> cells) =>
            text.AppendJoin(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).Append('\n');
        Line(header);
        text.AppendJoin("-|-", widths.Select(w => new string('-', w))).Append('\n');
        rows.ForEach(Line);
    }
}

using System.Globalization;
using System.Text;

namespace Viper.Perf.Harness;

/// <summary>
/// The <c>programs</c> report: one row per program with Viper's median wall time, each CPython's,
/// and the speed-up over each (✅ where Viper is faster), then the geometric mean of the speed-ups.
/// A program whose output differs from CPython's is flagged and left out of the score: a fast
/// wrong answer is not a win.
/// </summary>
internal static class ProgramTable
{
    public sealed record Report(string Text, bool AllOutputsMatch);

    public static Report Format(IReadOnlyList<BenchmarkFile> programs, string viperRunner, IReadOnlyList<string> cpythonRunners, IReadOnlyList<Measurement> measurements)
    {
        var byKey = measurements.ToDictionary(m => (m.Benchmark, m.Runner));
        var header = new List<string> { "program", viperRunner };
        header.AddRange(cpythonRunners);
        header.AddRange(cpythonRunners.Select(c => $"vs {c}"));
        var rows = new List<List<string>>();
        var mismatches = new List<string>();
        foreach (var program in programs)
        {
            var viper = byKey.GetValueOrDefault((program.Name, viperRunner));
            var row = new List<string> { program.Name, viper is null ? "-" : ResultTable.Time(viper.Median) };
            row.AddRange(cpythonRunners.Select(r => byKey.TryGetValue((program.Name, r), out var m) ? ResultTable.Time(m.Median) : "-"));
            foreach (var cpython in cpythonRunners)
            {
                var reference = byKey.GetValueOrDefault((program.Name, cpython));
                if (viper is null || reference is null)
                {
                    row.Add("-");
                }
                else if (viper.Result != reference.Result)
                {
                    row.Add("✗ output differs");
                    mismatches.Add(FirstDifference(program.Name, viper, reference));
                }
                else
                {
                    var speedup = reference.Median / viper.Median;
                    row.Add(string.Create(CultureInfo.InvariantCulture, $"{speedup:0.00}× {(speedup > 1 ? "✅" : "")}").TrimEnd());
                }
            }

            rows.Add(row);
        }

        var text = new StringBuilder();
        ResultTable.AppendAligned(text, header, rows);
        foreach (var cpython in cpythonRunners)
        {
            var matched = programs
                .Select(p => (Viper: byKey.GetValueOrDefault((p.Name, viperRunner)), CPython: byKey.GetValueOrDefault((p.Name, cpython))))
                .Where(p => p.Viper is not null && p.CPython is not null && p.Viper.Result == p.CPython.Result)
                .Select(p => p.CPython!.Median / p.Viper!.Median)
                .ToList();
            var geometric = Statistics.GeometricMean(matched);
            text.Append(CultureInfo.InvariantCulture, $"{viperRunner}: {matched.Count(s => s > 1)}/{programs.Count} faster than {cpython} (geometric mean speed-up {geometric:0.00}× over the {matched.Count} with the same output)\n");
        }

        mismatches.ForEach(m => text.Append(m));
        return new Report(text.ToString(), mismatches.Count == 0);
    }

    private static string FirstDifference(string program, Measurement viper, Measurement cpython)
    {
        var ours = viper.Result.Split('\n');
        var theirs = cpython.Result.Split('\n');
        var line = 0;
        while (line < ours.Length && line < theirs.Length && ours[line] == theirs[line])
        {
            line++;
        }

        // A run that failed has no output, only the reason it failed.
        string Said(Measurement m, string[] lines) =>
            m.Samples.Count == 0 ? $"{m.Runner} {m.Result}"
            : $"{m.Runner} printed {(line < lines.Length ? lines[line] : "(end of output)")}";
        return $"{program}, line {line + 1}: {Said(viper, ours)}; {Said(cpython, theirs)}\n";
    }
}

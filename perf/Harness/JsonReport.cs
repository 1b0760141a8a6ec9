using System.Text.Json;

namespace Viper.Perf.Harness;

/// <summary>Writes every measurement (all samples, median, result) as JSON, for tools and for the journal.</summary>
internal static class JsonReport
{
    public static void Write(string path, IReadOnlyList<Measurement> measurements)
    {
        var report = measurements.Select(m => new
        {
            benchmark = m.Benchmark,
            runner = m.Runner,
            median_seconds = m.Median,
            samples = m.Samples,
            result = m.Result,
        });
        File.WriteAllText(path, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
    }
}

namespace Viper.Perf.Harness;

/// <summary>One benchmark timed by one runner (a Viper tier or a CPython): its samples and what it computed.</summary>
internal sealed record Measurement(string Benchmark, string Runner, IReadOnlyList<double> Samples, string Result)
{
    public double Median => Statistics.Median(Samples);

    /// <summary>One measurement from several rounds of the same benchmark and runner: all their samples.</summary>
    public static Measurement Combine(IEnumerable<Measurement> rounds)
    {
        var list = rounds.ToList();
        var results = list.Select(m => m.Result).Distinct().ToList();

        // Rounds that computed different things are reported as such rather than hidden.
        var result = results.Count == 1 ? results[0] : string.Join(" / ", results);
        return new Measurement(list[0].Benchmark, list[0].Runner, [.. list.SelectMany(m => m.Samples)], result);
    }
}

internal static class Statistics
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double GeometricMean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? double.NaN : Math.Exp(list.Sum(Math.Log) / list.Count);
    }
}

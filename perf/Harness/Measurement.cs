namespace Viper.Perf.Harness;

/// <summary>One benchmark timed by one runner (a Viper tier or a CPython): its samples and what it computed.</summary>
internal sealed record Measurement(string Benchmark, string Runner, IReadOnlyList<double> Samples, string Result)
{
    public double Median => Statistics.Median(Samples);
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

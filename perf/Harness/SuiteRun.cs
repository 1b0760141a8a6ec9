namespace Viper.Perf.Harness;

/// <summary>The default run: the ten benchmarks in every requested Viper tier and CPython, then the table.</summary>
internal static class SuiteRun
{
    // Tiers Viper has today; the CIL tier adds "jit" and "auto".
    private static readonly string[] AvailableTiers = ["interp"];

    public static int Run(PerfOptions options)
    {
        var all = BenchmarkFile.Discover(RepoPaths.BenchmarksDirectory);
        var unknown = options.Benchmarks.Except(all.Select(b => b.Name)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"viper-perf: no benchmark named {string.Join(", ", unknown)}; there are {string.Join(", ", all.Select(b => b.Name))}");
            return 2;
        }

        var benchmarks = options.Benchmarks.Count == 0 ? all : [.. all.Where(b => options.Benchmarks.Contains(b.Name))];
        var tiers = options.Tiers.Count == 0 ? AvailableTiers : [.. options.Tiers.Distinct()];
        foreach (var tier in tiers.Except(AvailableTiers))
        {
            Console.Error.WriteLine($"viper-perf: Viper has no '{tier}' tier yet; skipping it");
        }

        tiers = [.. tiers.Intersect(AvailableTiers)];
        var measurements = new List<Measurement>();
        var viperRunners = tiers.Select(t => $"viper-{t}").ToList();
        var cpythonRunners = new List<string>();
        var step = 0;
        var steps = benchmarks.Count * tiers.Length;
        foreach (var benchmark in benchmarks)
        {
            foreach (var tier in tiers)
            {
                Progress($"[{++step}/{steps}] {benchmark.Name} in viper-{tier}");
                measurements.Add(ViperInProcess.Measure(benchmark, tier, options.Warmup, options.Reps));
            }
        }

        if (!options.NoCPython)
        {
            foreach (var python in options.CPythons.Count == 0 ? ["python3"] : options.CPythons)
            {
                var version = CPythonDriver.Version(python);
                if (version is null)
                {
                    Console.Error.WriteLine($"viper-perf: cannot run {python}; comparing without it");
                    continue;
                }

                var label = $"cpython-{version}";
                Progress($"{benchmarks.Count} benchmarks in {label} ({python})");
                measurements.AddRange(CPythonDriver.Measure(python, label, benchmarks, options.Warmup, options.Reps));
                cpythonRunners.Add(label);
            }
        }

        Console.Error.WriteLine();
        Console.Write(ResultTable.Format(benchmarks, viperRunners, cpythonRunners, measurements));
        if (options.JsonPath is not null)
        {
            JsonReport.Write(options.JsonPath, measurements);
        }

        return 0;
    }

    public static void Progress(string message) => Console.Error.Write($"\r{message,-70}");
}

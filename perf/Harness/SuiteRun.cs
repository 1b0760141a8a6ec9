namespace Viper.Perf.Harness;

/// <summary>
/// The default run: the benchmarks in every requested Viper tier and CPython, then start-up (the
/// published viper's <c>-c pass</c> against each CPython's), then the table.
/// </summary>
internal static class SuiteRun
{
    private static readonly string[] AvailableTiers = ["interp", "jit", "auto"];

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
        var viperRunners = tiers.Select(t => $"viper-{t}").ToList();
        var cpythons = options.NoCPython ? [] : ResolveCPythons(options.CPythons.Count == 0 ? ["python3"] : options.CPythons);
        var cpythonRunners = cpythons.Select(c => c.Label).ToList();

        // Rounds alternate the interpreters, so a slow spell on this shared machine lands on
        // both sides instead of on whichever ran at the time.
        var measurements = new List<Measurement>();
        var step = 0;
        var steps = options.Rounds * ((benchmarks.Count * tiers.Length) + cpythons.Count);
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var benchmark in benchmarks)
            {
                foreach (var tier in tiers)
                {
                    Progress($"[{++step}/{steps}] {benchmark.Name} in viper-{tier}");
                    measurements.Add(ViperInProcess.Measure(benchmark, tier, options.Warmup, options.Reps));
                }
            }

            foreach (var (python, label) in cpythons)
            {
                Progress($"[{++step}/{steps}] {benchmarks.Count} benchmarks in {label} ({python})");
                measurements.AddRange(CPythonDriver.Measure(python, label, benchmarks, options.Warmup, options.Reps));
            }
        }

        measurements = [.. measurements.GroupBy(m => (m.Benchmark, m.Runner)).Select(Measurement.Combine)];
        var startup = options.StartupRuns > 0 ? MeasureStartup(cpythons, options.StartupRuns) : [];
        Console.Error.WriteLine();
        Console.Write(ResultTable.Format(benchmarks, viperRunners, cpythonRunners, measurements));
        if (startup.Count > 0)
        {
            Console.Write(ResultTable.FormatStartup(startup, options.StartupRuns));
        }

        if (options.JsonPath is not null)
        {
            JsonReport.Write(options.JsonPath, [.. measurements, .. startup]);
        }

        return 0;
    }

    /// <summary>Start-up of the published viper (its default tier) and of each CPython's own binary, not a pyenv shim.</summary>
    private static List<Measurement> MeasureStartup(List<(string Python, string Label)> cpythons, int runs)
    {
        Progress("publishing src/Viper.Cli (Release, ReadyToRun) to time its start-up");
        var runners = new List<(string[] Command, string Label)> { ([PublishedViper.Publish()], "viper") };
        foreach (var (python, label) in cpythons)
        {
            if (CPythonDriver.Executable(python) is { } executable)
            {
                runners.Add(([executable], label));
                runners.Add(([executable, "-S"], $"{label} -S"));
            }
        }

        var times = StartupTiming.Measure([.. runners.Select(r => r.Command)], runs, run => Progress($"[{run}/{runs}] start-up, -c pass"));
        return [.. runners.Select((r, i) => new Measurement(StartupName, r.Label, [.. times[i].Select(ms => ms / 1000)], ""))];
    }

    /// <summary>The name start-up's measurements carry in the JSON report.</summary>
    public const string StartupName = "startup";

    private static List<(string Python, string Label)> ResolveCPythons(IEnumerable<string> pythons)
    {
        var found = new List<(string, string)>();
        foreach (var python in pythons)
        {
            var version = CPythonDriver.Version(python);
            if (version is null)
            {
                Console.Error.WriteLine($"viper-perf: cannot run {python}; comparing without it");
                continue;
            }

            found.Add((python, $"cpython-{version}"));
        }

        return found;
    }

    public static void Progress(string message) => Console.Error.Write($"\r{message,-70}");
}

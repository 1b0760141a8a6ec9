namespace Viper.Perf.Harness;

/// <summary>
/// The <c>programs</c> subcommand: each program in <c>perf/programs</c> run as a whole process by
/// the viper command and by each CPython, the runs interleaved, then the table.
/// </summary>
internal static class ProgramsRun
{
    private sealed record Runner(string Label, string Command);

    public static int Run(IReadOnlyList<string> args)
    {
        ProgramsOptions options;
        try
        {
            options = ProgramsOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"viper-perf: {error.Message}\n{PerfOptions.Usage}");
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(PerfOptions.Usage);
            return 0;
        }

        var all = BenchmarkFile.Discover(RepoPaths.ProgramsDirectory);
        var unknown = options.Programs.Except(all.Select(p => p.Name)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"viper-perf: no program named {string.Join(", ", unknown)}; there are {string.Join(", ", all.Select(p => p.Name))}");
            return 2;
        }

        var programs = options.Programs.Count == 0 ? all : [.. all.Where(p => options.Programs.Contains(p.Name))];
        string viper;
        if (options.Viper is null)
        {
            Console.Error.WriteLine("publishing src/Viper.Cli (Release, ReadyToRun)...");
            viper = PublishedViper.Publish();
        }
        else
        {
            viper = Path.GetFullPath(options.Viper);
            if (!File.Exists(viper))
            {
                Console.Error.WriteLine($"viper-perf: no viper command at {viper}");
                return 2;
            }
        }

        var runners = new List<Runner> { new("viper", viper) };
        runners.AddRange(CPythons(options.CPythons.Count == 0 ? ["python3"] : options.CPythons));
        var measurements = Measure(programs, runners, options.Runs);
        Console.Error.WriteLine();
        var cpythonLabels = runners.Skip(1).Select(r => r.Label).ToList();
        var table = ProgramTable.Format(programs, "viper", cpythonLabels, measurements);
        Console.Write(table.Text);
        return table.AllOutputsMatch ? 0 : 1;
    }

    private static List<Runner> CPythons(IEnumerable<string> pythons)
    {
        var runners = new List<Runner>();
        foreach (var python in pythons)
        {
            var executable = CPythonDriver.Executable(python);
            var version = executable is null ? null : CPythonDriver.Version(executable);
            if (executable is null || version is null)
            {
                Console.Error.WriteLine($"viper-perf: cannot run {python}; comparing without it");
                continue;
            }

            var label = $"cpython-{version}";
            runners.Add(new(runners.Any(r => r.Label == label) ? executable : label, executable));
        }

        return runners;
    }

    private static List<Measurement> Measure(IReadOnlyList<BenchmarkFile> programs, List<Runner> runners, int runs)
    {
        var samples = new Dictionary<(string, string), List<double>>();
        var outputs = new Dictionary<(string, string), string>();
        var failed = new HashSet<(string, string)>();
        var step = 0;
        var steps = runs * programs.Count * runners.Count;
        for (var run = 0; run < runs; run++)
        {
            // Load on this machine drifts over minutes: each round visits every program once, and
            // alternate rounds reverse the interpreters' order, so drift is shared out evenly.
            var order = run % 2 == 0 ? runners : Enumerable.Reverse(runners);
            foreach (var program in programs)
            {
                foreach (var runner in order)
                {
                    var key = (program.Name, runner.Label);
                    step++;
                    if (failed.Contains(key))
                    {
                        continue;
                    }

                    SuiteRun.Progress($"[{step}/{steps}] {program.Name} in {runner.Label}");
                    var result = ProcessRun.Time(runner.Command, program.Path);
                    if (result.ExitCode != 0)
                    {
                        var lastLine = result.Stderr.TrimEnd().Split('\n')[^1];
                        outputs[key] = $"exited with {result.ExitCode}: {lastLine}";
                        // A failing run's time means nothing, and neither do the earlier ones'.
                        samples.Remove(key);
                        failed.Add(key);
                        continue;
                    }

                    outputs.TryAdd(key, result.Stdout);
                    samples.TryAdd(key, []);
                    samples[key].Add(result.Seconds);
                }
            }
        }

        return [.. outputs.Select(o => new Measurement(o.Key.Item1, o.Key.Item2, samples.GetValueOrDefault(o.Key) ?? [], o.Value))];
    }
}

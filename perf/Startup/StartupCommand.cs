using Viper.Perf.Harness;

namespace Viper.Perf.Startup;

/// <summary>
/// <c>viper-perf startup [--runs N] [--viper PATH] [--cpython PATH]</c>: times <c>-c pass</c> as a
/// whole process under the published viper and under CPython, interleaved so both see the same
/// machine load, and prints the medians.
/// </summary>
internal static class StartupCommand
{
    public static int Run(string[] args)
    {
        StartupOptions options;
        try
        {
            options = StartupOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"viper-perf: {error.Message}\n{PerfOptions.Usage}");
            return 2;
        }

        // A pyenv or venv python3 is a shim that starts a second process; time the interpreter it names.
        var cpython = CPythonDriver.Executable(options.CPython);
        if (cpython is null)
        {
            Console.Error.WriteLine($"viper-perf: cannot run {options.CPython}");
            return 2;
        }

        if (options.Vipers.Count == 0)
        {
            Console.Error.WriteLine("publishing src/Viper.Cli (Release, ReadyToRun)...");
            options.Vipers.Add(PublishedViper.Publish());
        }

        List<(string Label, string[] Command)> runners = [.. options.Vipers.Select(v => ("viper", new[] { v })), ("cpython", [cpython]), ("cpython -S", [cpython, "-S"])];
        var times = StartupTiming.Measure([.. runners.Select(r => r.Command)], options.Runs, run => Console.Error.Write($"\r[{run}/{options.Runs}]"));
        Console.Error.WriteLine();
        var cpythonMedian = Statistics.Median(times[^2]);
        Console.WriteLine($"-c pass, median of {options.Runs} interleaved runs (min in brackets, ratio to CPython's; -S is CPython without its site module):");
        for (var r = 0; r < runners.Count; r++)
        {
            var median = Statistics.Median(times[r]);
            Console.WriteLine($"  {runners[r].Label,-10} {median,8:F1} ms  [{times[r].Min(),6:F1}]  {median / cpythonMedian,5:F2}  {runners[r].Command[0]}");
        }

        return 0;
    }
}

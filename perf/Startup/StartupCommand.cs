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

        string[] executables = [.. options.Vipers, cpython];
        var times = StartupTiming.Measure(executables, options.Runs, run => Console.Error.Write($"\r[{run}/{options.Runs}]"));
        Console.Error.WriteLine();
        var cpythonMedian = Statistics.Median(times[^1]);
        Console.WriteLine($"-c pass, median of {options.Runs} interleaved runs (min in brackets, ratio to CPython):");
        for (var e = 0; e < executables.Length; e++)
        {
            var label = e == executables.Length - 1 ? "cpython" : "viper";
            var median = Statistics.Median(times[e]);
            Console.WriteLine($"  {label,-8} {median,8:F1} ms  [{times[e].Min(),6:F1}]  {median / cpythonMedian,5:F2}  {executables[e]}");
        }

        return 0;
    }
}

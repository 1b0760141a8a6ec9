using System.Diagnostics;
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
        var cpython = Capture(options.CPython, "-c", "import sys; print(sys.executable)")?.Trim();
        if (string.IsNullOrEmpty(cpython))
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
        var times = executables.Select(_ => new List<double>()).ToArray();

        // One untimed run each first, so none pays for a cold file cache.
        foreach (var executable in executables)
        {
            TimeOnce(executable);
        }

        for (var i = 0; i < options.Runs; i++)
        {
            Console.Error.Write($"\r[{i + 1}/{options.Runs}]");
            for (var e = 0; e < executables.Length; e++)
            {
                times[e].Add(TimeOnce(executables[e]));
            }
        }

        Console.Error.WriteLine();
        var cpythonMedian = Median(times[^1]);
        Console.WriteLine($"-c pass, median of {options.Runs} interleaved runs (min in brackets, ratio to CPython):");
        for (var e = 0; e < executables.Length; e++)
        {
            var label = e == executables.Length - 1 ? "cpython" : "viper";
            var median = Median(times[e]);
            Console.WriteLine($"  {label,-8} {median,8:F1} ms  [{times[e].Min(),6:F1}]  {median / cpythonMedian,5:F2}  {executables[e]}");
        }

        return 0;
    }

    private static double TimeOnce(string executable)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo(executable, ["-c", "pass"]))!;
        process.WaitForExit();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return process.ExitCode == 0 ? elapsed : throw new InvalidOperationException($"{executable} -c pass exited with {process.ExitCode}");
    }

    private static string? Capture(string executable, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(executable, args) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

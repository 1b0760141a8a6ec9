using System.Diagnostics;

namespace Viper.Perf.Harness;

/// <summary>
/// Start-up as users feel it: <c>-c pass</c> run as whole processes, the executables interleaved so
/// a slow spell of this shared machine lands on all of them, after one untimed run each so none
/// pays for a cold file cache. Times are wall milliseconds.
/// </summary>
internal static class StartupTiming
{
    public static List<double>[] Measure(IReadOnlyList<string> executables, int runs, Action<int> progress)
    {
        var times = executables.Select(_ => new List<double>()).ToArray();
        foreach (var executable in executables)
        {
            TimeOnce(executable);
        }

        for (var i = 0; i < runs; i++)
        {
            progress(i + 1);
            for (var e = 0; e < executables.Count; e++)
            {
                times[e].Add(TimeOnce(executables[e]));
            }
        }

        return times;
    }

    private static double TimeOnce(string executable)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo(executable, ["-c", "pass"]))!;
        process.WaitForExit();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return process.ExitCode == 0 ? elapsed : throw new InvalidOperationException($"{executable} -c pass exited with {process.ExitCode}");
    }
}

using System.Diagnostics;

namespace Viper.Perf.Harness;

/// <summary>
/// Start-up as users feel it: <c>-c pass</c> run as whole processes, the executables interleaved so
/// a slow spell of this shared machine lands on all of them, after one untimed run each so none
/// pays for a cold file cache. Times are wall milliseconds. Each command is an executable and the
/// options to put before <c>-c pass</c> (CPython's <c>-S</c> skips the <c>site</c> module, which on a
/// machine with many third-party packages can take most of CPython's start-up).
/// </summary>
internal static class StartupTiming
{
    public static List<double>[] Measure(IReadOnlyList<string[]> commands, int runs, Action<int> progress)
    {
        var times = commands.Select(_ => new List<double>()).ToArray();
        foreach (var command in commands)
        {
            TimeOnce(command);
        }

        for (var i = 0; i < runs; i++)
        {
            progress(i + 1);
            for (var c = 0; c < commands.Count; c++)
            {
                times[c].Add(TimeOnce(commands[c]));
            }
        }

        return times;
    }

    private static double TimeOnce(string[] command)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo(command[0], [.. command[1..], "-c", "pass"]))!;
        process.WaitForExit();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return process.ExitCode == 0 ? elapsed : throw new InvalidOperationException($"{string.Join(' ', command)} -c pass exited with {process.ExitCode}");
    }
}

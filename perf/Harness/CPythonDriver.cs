using System.Diagnostics;
using System.Text.Json;

namespace Viper.Perf.Harness;

/// <summary>Runs <c>perf/bench_cpython.py</c> under a CPython and reads its measurements, one JSON line per benchmark.</summary>
internal static class CPythonDriver
{
    /// <summary>The interpreter's version as <c>3.11</c>, or null when it cannot be run.</summary>
    public static string? Version(string python)
    {
        var output = Run(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"]);
        return output?.Trim();
    }

    /// <summary>
    /// The interpreter's own binary, or null when it cannot be run. <c>python3</c> is often a
    /// pyenv shim, a script that adds tens of milliseconds to every process it starts.
    /// </summary>
    public static string? Executable(string python)
    {
        var output = Run(python, ["-c", "import sys; print(sys.executable)"])?.Trim();
        return string.IsNullOrEmpty(output) ? null : output;
    }

    public static IReadOnlyList<Measurement> Measure(string python, string label, IEnumerable<BenchmarkFile> benchmarks, Warmup warmup, int reps)
    {
        string[] arguments =
        [
            RepoPaths.CPythonDriver,
            "--warmup", $"{warmup.Calls}",
            "--warmup-seconds", warmup.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--reps", $"{reps}",
            .. benchmarks.Select(b => b.Path),
        ];
        var output = Run(python, arguments) ?? throw new InvalidOperationException($"{python} failed to run the benchmarks");
        var measurements = new List<Measurement>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var samples = root.GetProperty("samples").EnumerateArray().Select(s => s.GetDouble()).ToArray();
            measurements.Add(new Measurement(root.GetProperty("name").GetString()!, label, samples, root.GetProperty("result").GetString()!));
        }

        return measurements;
    }

    private static string? Run(string python, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONHASHSEED"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{python} exited with {process.ExitCode}: {stderr.Result.Trim()}");
                return null;
            }

            return stdout.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

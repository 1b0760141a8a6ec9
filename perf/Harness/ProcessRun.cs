using System.Diagnostics;

namespace Viper.Perf.Harness;

/// <summary>One run of an interpreter on a script as a whole process: its wall time, start-up included, and what it printed.</summary>
internal sealed record ProcessRun(double Seconds, int ExitCode, string Stdout, string Stderr)
{
    public static ProcessRun Time(string command, string script)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        return new ProcessRun(seconds, process.ExitCode, stdout.Result, stderr.Result);
    }
}

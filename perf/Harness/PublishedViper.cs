using System.Diagnostics;

namespace Viper.Perf.Harness;

/// <summary>
/// The viper command as users get it: <c>dotnet publish -c Release src/Viper.Cli</c> (ReadyToRun),
/// published into the perf build output so start-up and whole programs are timed on what users
/// run, not on a plain build that JIT-compiles the runtime's own methods in every process.
/// </summary>
internal static class PublishedViper
{
    public static string Publish()
    {
        var checkout = Path.GetDirectoryName(RepoPaths.PerfDirectory)!;
        var output = Path.Combine(RepoPaths.PerfDirectory, "bin", "published-viper");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "publish", "-c", "Release", Path.Combine(checkout, "src", "Viper.Cli"), "-o", output, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{log}");
        }

        return Path.Combine(output, OperatingSystem.IsWindows() ? "viper.exe" : "viper");
    }
}

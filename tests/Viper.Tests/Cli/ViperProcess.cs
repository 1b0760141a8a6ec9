using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Viper.Tests.Cli;

/// <summary>The viper command as its own process: the test run's <c>dotnet</c> host executing the built <c>viper.dll</c>.</summary>
internal static class ViperProcess
{
    public static string DotnetHost => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));

    public static string ViperAssembly => Path.Combine(AppContext.BaseDirectory, "viper.dll");

    /// <summary>The command line as a POSIX shell takes it, each part single-quoted.</summary>
    public static string ShellCommand => $"'{DotnetHost}' exec '{ViperAssembly}'";

    /// <summary>Starts viper on <paramref name="arguments"/> with its standard output and error redirected.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(ViperAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}

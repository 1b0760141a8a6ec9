using BenchmarkDotNet.Running;

namespace Viper.Perf.Micro;

/// <summary>
/// <c>viper-perf micro [BenchmarkDotNet arguments]</c>: the micro-benchmark suites of this folder,
/// chosen and configured with BenchmarkDotNet's own options (<c>--filter</c>, <c>--job</c>, ...).
/// </summary>
internal static class MicroCommand
{
    public static int Run(string[] args)
    {
        // BenchmarkDotNet's default toolchain rebuilds the project it finds by assembly name, which
        // is viper-perf here, not Viper.Perf.csproj; running in this (Release) process avoids that
        // and the per-suite rebuild a busy machine would pay for.
        string[] arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run(arguments);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}

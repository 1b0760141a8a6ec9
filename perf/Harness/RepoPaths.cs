namespace Viper.Perf.Harness;

/// <summary>Where the benchmark sources live: found from the build output by walking up to the checkout.</summary>
internal static class RepoPaths
{
    public static string PerfDirectory { get; } = FindPerfDirectory();

    public static string BenchmarksDirectory => Path.Combine(PerfDirectory, "benchmarks");

    public static string ProgramsDirectory => Path.Combine(PerfDirectory, "programs");

    public static string CPythonDriver => Path.Combine(PerfDirectory, "bench_cpython.py");

    private static string FindPerfDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Viper.sln")))
            {
                return Path.Combine(dir.FullName, "perf");
            }
        }

        throw new DirectoryNotFoundException("cannot find the Viper checkout (Viper.sln) above " + AppContext.BaseDirectory);
    }
}

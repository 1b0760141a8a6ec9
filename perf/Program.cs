using Viper.Perf.Harness;
using Viper.Perf.Micro;
using Viper.Perf.Startup;
using Viper.Perf.Trace;

namespace Viper.Perf;

/// <summary>
/// The benchmark harness: times the benchmarks in <c>perf/benchmarks</c> in-process in each Viper
/// tier and under CPython (through <c>perf/bench_cpython.py</c>, timed the same way), and prints
/// them side by side. Subcommands: <c>programs</c> times the whole programs in <c>perf/programs</c>
/// as processes against CPython, <c>micro</c> runs the BenchmarkDotNet suites of the parts,
/// <c>startup</c> times <c>-c pass</c> against CPython's, <c>trace</c> reports one script's
/// allocations and .NET JIT compilation.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "micro")
        {
            return MicroCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "startup")
        {
            return StartupCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "trace")
        {
            return TraceCommand.Run(args[1..]);
        }

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (args.Length > 0 && args[0] == "programs")
        {
            return ProgramsRun.Run(args[1..]);
        }

        PerfOptions options;
        try
        {
            options = PerfOptions.Parse(args);
        }
        catch (Exception error) when (error is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"viper-perf: {error.Message}\n{PerfOptions.Usage}");
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(PerfOptions.Usage);
            return 0;
        }

        return SuiteRun.Run(options);
    }
}

using System.Diagnostics;
using Viper.Perf.Harness;

namespace Viper.Perf.Trace;

/// <summary>
/// <c>viper-perf trace [--viper PATH] [--top N] SCRIPT [ARGS...]</c>: runs one script under the
/// viper command with .NET's event pipe on, and reports where its bytes were allocated (by type
/// and by allocating call stack) and how long .NET spent JIT-compiling, by thread and tier, with
/// the slowest compiled Python functions. The numbers a profiler cannot give: a program's
/// allocation volume drives the GC's memory clearing, and .NET's compiles of the runtime and of
/// the CIL tier's code are its warm-up.
/// </summary>
internal static class TraceCommand
{
    // GC (allocation ticks carry the type, about one per 100 KB), JIT and loader events, and
    // stacks resolved through the rundown at the end.
    private const string Providers = "Microsoft-Windows-DotNETRuntime:0x80019:5,Microsoft-Windows-DotNETRuntimeRundown:0x80019:5";

    public static int Run(string[] args)
    {
        TraceOptions options;
        try
        {
            options = TraceOptions.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"viper-perf: {error.Message}\n{PerfOptions.Usage}");
            return 2;
        }

        var viper = options.Viper;
        if (viper is null)
        {
            Console.Error.WriteLine("publishing src/Viper.Cli (Release, ReadyToRun)...");
            viper = PublishedViper.Publish();
        }

        var tracePath = Path.Combine(Path.GetTempPath(), $"viper-trace-{Environment.ProcessId}.nettrace");
        try
        {
            var start = new ProcessStartInfo(viper) { RedirectStandardOutput = true };
            start.ArgumentList.Add(options.Script);
            foreach (var argument in options.ScriptArgs)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_EnableEventPipe"] = "1";
            start.Environment["DOTNET_EventPipeOutputPath"] = tracePath;
            start.Environment["DOTNET_EventPipeConfig"] = Providers;
            using (var process = Process.Start(start)!)
            {
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Console.WriteLine($"{options.Script} exited with {process.ExitCode}");
            }

            TraceReport.Print(tracePath, options.Top);
            return 0;
        }
        finally
        {
            File.Delete(tracePath);
            File.Delete(Path.ChangeExtension(tracePath, ".etlx"));
        }
    }
}

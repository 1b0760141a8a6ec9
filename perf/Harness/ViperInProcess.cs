using System.Diagnostics;
using Viper.IlJit.Tiering;
using Viper.Runtime.Hosting;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Perf.Harness;

/// <summary>
/// Times a benchmark inside this process in one Viper tier (interp: the VM alone; jit: everything
/// compiled before it first runs; auto: compiled when hot, with the default thresholds), the way <c>bench_cpython.py</c> times
/// it in CPython: load the file as a module, call <c>bench()</c> to warm up, then time each call.
/// </summary>
internal static class ViperInProcess
{
    // The interpreter runs on a thread with a large stack, as the viper command does.
    private const int StackBytes = 512 * 1024 * 1024;

    public static Measurement Measure(BenchmarkFile benchmark, string tier, Warmup warmup, int reps)
    {
        Measurement? measurement = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    measurement = MeasureOnThisThread(benchmark, tier, warmup, reps);
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        return measurement ?? throw new InvalidOperationException($"{benchmark.Name} failed in Viper ({tier}): {failure?.Message}", failure);
    }

    private static Measurement MeasureOnThisThread(BenchmarkFile benchmark, string tier, Warmup warmup, int reps)
    {
        var runtime = new PythonRuntime(new RuntimeOptions { Argv = [benchmark.Path] }, TextWriter.Null, Console.Error);
        runtime.Interpreter.TierHook = tier switch
        {
            "jit" => new JitCompiler(JitOptions.Eager, runtime.Builtins, TextWriter.Null, Console.Error),
            "auto" => new JitCompiler(new JitOptions(), runtime.Builtins, TextWriter.Null, Console.Error),
            _ => null,
        };
        var code = runtime.Compile(File.ReadAllText(benchmark.Path), benchmark.Path, fromFile: true);
        var globals = runtime.NewModuleGlobals(benchmark.Name, benchmark.Path);
        runtime.Interpreter.RunModule(code, globals);
        if (!globals.TryGetValue("bench", out var bench))
        {
            throw new InvalidOperationException($"{benchmark.Path} defines no bench()");
        }

        var result = Value.None;
        var warmupStart = Stopwatch.GetTimestamp();
        for (var calls = 0; !warmup.IsDone(calls, Stopwatch.GetElapsedTime(warmupStart).TotalSeconds); calls++)
        {
            result = runtime.Interpreter.Call(bench, []);
        }

        var samples = new double[reps];
        for (var i = 0; i < reps; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = runtime.Interpreter.Call(bench, []);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        return new Measurement(benchmark.Name, $"viper-{tier}", samples, Repr.Of(result));
    }
}

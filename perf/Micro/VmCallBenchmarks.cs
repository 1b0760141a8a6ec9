using BenchmarkDotNet.Attributes;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>
/// The VM's cost per Python-to-Python call: a one-argument function called from a counting loop,
/// beside the same loop without the call as the baseline, both reported per iteration, so a call
/// costs the difference.
/// </summary>
public class VmCallBenchmarks
{
    private const int Iterations = 1_000_000;

    private const string Source = """
        def identity(x):
            return x

        def loop_with_call(n):
            i = 0
            while i < n:
                identity(i)
                i += 1
            return i

        def loop_without_call(n):
            i = 0
            while i < n:
                i
                i += 1
            return i
        """;

    private PythonFunctions _functions = null!;
    private Value _withCall;
    private Value _withoutCall;

    [GlobalSetup]
    public void Setup()
    {
        _functions = new PythonFunctions(Source);
        _withCall = _functions.Get("loop_with_call");
        _withoutCall = _functions.Get("loop_without_call");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    public long LoopWithoutCall() => _functions.Call(_withoutCall, Iterations);

    [Benchmark(OperationsPerInvoke = Iterations)]
    public long LoopWithCall() => _functions.Call(_withCall, Iterations);
}

using BenchmarkDotNet.Attributes;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>
/// The floor under <c>perf/benchmarks/float_loop.py</c>: the same loop hand-written in C#, beside
/// the benchmark's own function compiled by the CIL tier, both per iteration. Each iteration is
/// one chain of dependent floating-point operations (<c>x</c> needs the previous <c>y</c>, which
/// needs the previous <c>x</c>), so no compiler can run it faster than that chain's latency; the
/// CIL tier is judged against this, not against an arbitrary multiple of CPython.
/// </summary>
public class FloatLoopFloorBenchmarks
{
    private const int Iterations = 10_000;

    private const string Source = """
        def bench(n):
            x = 0.0
            y = 1.0
            for i in range(n):
                x = x * 0.999 + y * 0.5
                y = y - x * 0.001
            return int(x + y)
        """;

    private PythonFunctions _functions = null!;
    private Value _bench;

    [GlobalSetup]
    public void Setup()
    {
        _functions = new PythonFunctions(Source, compiled: true);
        _bench = _functions.Get("bench");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Iterations)]
    public double HandWritten() => FloatLoop(Iterations);

    [Benchmark(OperationsPerInvoke = Iterations)]
    public long CompiledPython() => _functions.Call(_bench, Iterations);

    private static double FloatLoop(int n)
    {
        var x = 0.0;
        var y = 1.0;
        for (var i = 0; i < n; i++)
        {
            x = (x * 0.999) + (y * 0.5);
            y -= x * 0.001;
        }

        return x + y;
    }
}

using BenchmarkDotNet.Attributes;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>
/// The VM's cost per loop iteration of <c>while i &lt; n: i += 1</c> inside a function, reported per
/// iteration; dividing by the loop's instruction count (see <c>viper --dump-bytecode</c>) gives the
/// cost per dispatched instruction.
/// </summary>
public class VmInstructionBenchmarks
{
    private const int Iterations = 1_000_000;

    private const string Source = """
        def count(n):
            i = 0
            while i < n:
                i += 1
            return i
        """;

    private PythonFunctions _functions = null!;
    private Value _count;

    [GlobalSetup]
    public void Setup()
    {
        _functions = new PythonFunctions(Source);
        _count = _functions.Get("count");
    }

    [Benchmark(OperationsPerInvoke = Iterations)]
    public long WhileLoopIteration() => _functions.Call(_count, Iterations);
}

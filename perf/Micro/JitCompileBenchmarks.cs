using BenchmarkDotNet.Attributes;
using Viper.IlJit.Tiering;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>
/// JIT compile time per function: one function of each shape lowered to CIL, emitted as a
/// <c>DynamicMethod</c> and compiled by .NET on its first call. Every invocation compiles the
/// source afresh (new code objects, so nothing is cached), defines the function and calls it once;
/// the baseline stops there, the others tier the function up first, so a suite's difference from
/// the baseline is the cost of compiling that one function.
/// </summary>
[MemoryDiagnoser]
public class JitCompileBenchmarks
{
    private const string Source = """
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        def loops(n):
            total = 0
            scale = 0.5
            for i in range(n):
                for j in range(i):
                    total += i * j % 7
                scale = scale * 1.0001 + 0.25
            return total + int(scale)

        class Particle:
            def __init__(self, x, v):
                self.x = x
                self.v = v

        def step(p):
            for _ in range(3):
                p.x = p.x + p.v * 0.5
                if p.x > 10.0:
                    p.v = -p.v
            return p

        particle = Particle(1.0, 2.0)
        """;

    private PythonRuntime _runtime = null!;

    /// <summary>Which function is compiled, with the global its one argument is read from.</summary>
    [Params("fib", "loops", "step")]
    public string Function { get; set; } = "fib";

    [GlobalSetup]
    public void Setup() => _runtime = new PythonRuntime(new RuntimeOptions(), TextWriter.Null, Console.Error);

    [Benchmark(Baseline = true)]
    public Value DefineAndCallInVm() => DefineAndCall(compile: false);

    [Benchmark]
    public Value DefineCompileAndCall() => DefineAndCall(compile: true);

    private Value DefineAndCall(bool compile)
    {
        _runtime.Interpreter.TierHook = null;
        var globals = _runtime.NewModuleGlobals("micro", null);
        _runtime.Interpreter.RunModule(_runtime.Compile(Source, "<micro>"), globals);
        var function = globals.TryGetValue(Function, out var value) ? value : throw new InvalidOperationException($"no function {Function}");
        if (compile)
        {
            // Thresholds out of reach: only the function handed to OnHot is compiled.
            var compiler = new JitCompiler(new JitOptions { CallThreshold = int.MaxValue, BackEdgeThreshold = int.MaxValue }, _runtime.Builtins, TextWriter.Null, Console.Error);
            _runtime.Interpreter.TierHook = compiler;
            compiler.OnHot(((PyFunction)function.Ref!).Code, globals);
        }

        var argument = Function == "step" ? globals.TryGetValue("particle", out var particle) ? particle : Value.None : Value.FromInt(5);
        return _runtime.Interpreter.Call(function, [argument]);
    }
}

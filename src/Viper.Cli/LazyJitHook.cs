using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.IlJit.Tiering;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Vm;

namespace Viper.Cli;

/// <summary>
/// The tier hook the command installs. It holds only the settings until code first gets hot, so a
/// program that never does never loads Viper.IlJit or System.Reflection.Emit (start-up stays lean).
/// </summary>
internal sealed class LazyJitHook : ITierHook
{
    private const int DefaultCallThreshold = 32;
    private const int DefaultBackEdgeThreshold = 1000;

    private readonly bool _installInBackground;
    private readonly bool _dumpIl;
    private readonly bool _stats;
    private readonly TextWriter _output;
    private readonly TextWriter _diagnostics;
    private readonly PyDict _builtins;
    private ITierHook? _compiler;

    private LazyJitHook(int callThreshold, int backEdgeThreshold, bool installInBackground, bool dumpIl, bool stats, PythonRuntime runtime)
    {
        _installInBackground = installInBackground;
        _builtins = runtime.Builtins;
        var output = runtime.Output;
        var diagnostics = runtime.ErrorOutput;
        Threshold = callThreshold;
        BackEdgeThreshold = backEdgeThreshold;
        _dumpIl = dumpIl;
        _stats = stats;
        _output = output;
        _diagnostics = diagnostics;
    }

    public int Threshold { get; }

    public int BackEdgeThreshold { get; }

    /// <summary>
    /// The hook for a <c>--tier</c>: none for <c>interp</c>; for <c>jit</c>, everything compiled
    /// before it first runs; for <c>auto</c>, compiled once hot (<paramref name="threshold"/>
    /// calls or loop iterations when given).
    /// </summary>
    public static ITierHook? ForTier(string tier, int? threshold, bool dumpIl, bool stats, PythonRuntime runtime) => tier switch
    {
        "interp" => null,
        "jit" => new LazyJitHook(1, 1, installInBackground: false, dumpIl, stats, runtime),
        _ => new LazyJitHook(threshold ?? DefaultCallThreshold, threshold ?? DefaultBackEdgeThreshold, installInBackground: true, dumpIl, stats, runtime),
    };

    public void OnHot(CodeObject code, PyDict globals) => (_compiler ??= CreateCompiler()).OnHot(code, globals);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private JitCompiler CreateCompiler() =>
        new(new JitOptions { CallThreshold = Threshold, BackEdgeThreshold = BackEdgeThreshold, InstallInBackground = _installInBackground, DumpIl = _dumpIl, Stats = _stats }, _builtins, _output, _diagnostics);
}

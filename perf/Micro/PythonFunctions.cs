using Viper.IlJit.Tiering;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>
/// Defines Python functions in a fresh runtime so the suites can call them directly: run by the VM,
/// or (<c>compiled</c>) by the CIL tier, which compiles each function before it first runs.
/// </summary>
internal sealed class PythonFunctions
{
    private readonly PythonRuntime _runtime;
    private readonly PyDict _globals;

    public PythonFunctions(string source, bool compiled = false)
    {
        _runtime = new PythonRuntime(new RuntimeOptions(), TextWriter.Null, Console.Error);
        if (compiled)
        {
            _runtime.Interpreter.TierHook = new JitCompiler(JitOptions.Eager, _runtime.Builtins, TextWriter.Null, Console.Error);
        }

        _globals = _runtime.NewModuleGlobals("micro", null);
        _runtime.Interpreter.RunModule(_runtime.Compile(source, "<micro>"), _globals);
    }

    public Value Get(string name) => _globals.TryGetValue(name, out var function) ? function : throw new InvalidOperationException($"no function {name}");

    public long Call(Value function, long argument) => _runtime.Interpreter.Call(function, [Value.FromInt(argument)]).AsInt;
}

using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Perf.Micro;

/// <summary>Defines Python functions in a fresh runtime so the VM suites can call them directly.</summary>
internal sealed class PythonFunctions
{
    private readonly PythonRuntime _runtime;
    private readonly PyDict _globals;

    public PythonFunctions(string source)
    {
        _runtime = new PythonRuntime(new RuntimeOptions(), TextWriter.Null, Console.Error);
        _globals = _runtime.NewModuleGlobals("micro", null);
        _runtime.Interpreter.RunModule(_runtime.Compile(source, "<micro>"), _globals);
    }

    public Value Get(string name) => _globals.TryGetValue(name, out var function) ? function : throw new InvalidOperationException($"no function {name}");

    public long Call(Value function, long argument) => _runtime.Interpreter.Call(function, [Value.FromInt(argument)]).AsInt;
}

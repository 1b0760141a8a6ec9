using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Modules;

/// <summary>
/// <c>import</c>: each module is created once and cached (as <c>sys.modules</c>). Builtin modules
/// are built lazily on first import, so start-up pays only for what a script uses; other modules
/// are <c>.py</c> files searched along <c>sys.path</c>.
/// </summary>
public sealed class ModuleRegistry(PythonRuntime runtime)
{
    private readonly Dictionary<string, PyModule> _loaded = [];
    private readonly Dictionary<string, Func<PythonRuntime, PyModule>> _builtin = new()
    {
        ["sys"] = SysModule.Create,
        ["time"] = TimeModule.Create,
        ["math"] = MathModule.Create,
    };

    /// <summary>Directories searched for <c>.py</c> modules, the script's own first.</summary>
    public List<string> SearchPath { get; } = [];

    public void Register(PyModule module) => _loaded[module.Name] = module;

    public PyModule Import(Interpreter vm, string name)
    {
        if (_loaded.TryGetValue(name, out var module))
        {
            return module;
        }

        if (_builtin.TryGetValue(name, out var create))
        {
            module = create(runtime);
            _loaded[name] = module;
            return module;
        }

        foreach (var directory in SearchPath)
        {
            var path = Path.Combine(directory, name + ".py");
            if (File.Exists(path))
            {
                return LoadFile(vm, name, path);
            }
        }

        throw PyErrors.New(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'");
    }

    private PyModule LoadFile(Interpreter vm, string name, string path)
    {
        var code = runtime.Compile(PythonRuntime.ReadSource(path), path, fromFile: true);
        var globals = runtime.NewModuleGlobals(name, path);
        var module = new PyModule(name, globals, path);
        _loaded[name] = module;
        try
        {
            vm.RunModule(code, globals);
        }
        catch (PythonException)
        {
            _loaded.Remove(name);
            throw;
        }

        return module;
    }

    public bool TryGetLoaded(string name, out PyModule module) => _loaded.TryGetValue(name, out module!);

    public IEnumerable<Value> LoadedNames => _loaded.Keys.Select(Value.FromString);
}

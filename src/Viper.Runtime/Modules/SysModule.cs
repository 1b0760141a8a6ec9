using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Modules;

/// <summary>The parts of <c>sys</c> scripts use: argv, exit, the recursion limit, path, modules, the exception being handled and version facts.</summary>
public static class SysModule
{
    public static PyModule Create(PythonRuntime runtime)
    {
        var dict = new PyDict();
        dict.SetItem("__name__", Value.FromString("sys"));
        dict.SetItem("argv", Value.FromObject(new PyList([.. runtime.Options.Argv.Select(Value.FromString)])));
        dict.SetItem("path", Value.FromObject(runtime.Modules.SearchPath));
        dict.SetItem("modules", Value.FromObject(runtime.Modules.Loaded));
        dict.SetItem("maxsize", Value.FromInt(long.MaxValue));
        dict.SetItem("version", Value.FromString("3.11.7 (Viper)"));
        dict.SetItem("version_info", VersionInfo());
        var stdout = Value.FromObject(new PyTextStream("<stdout>", runtime.Output));
        var stderr = Value.FromObject(new PyTextStream("<stderr>", runtime.ErrorOutput));
        dict.SetItem("stdout", stdout);
        dict.SetItem("stderr", stderr);
        dict.SetItem("__stdout__", stdout);
        dict.SetItem("__stderr__", stderr);
        runtime.Modules.RegisterSys(dict);
        dict.SetItem("platform", Value.FromString("linux"));
        dict.SetItem("byteorder", Value.FromString("little"));
        dict.SetItem("exit", Function("exit", Exit));
        dict.SetItem("getrecursionlimit", Function("getrecursionlimit", (vm, args) =>
        {
            ArgumentCheck.Range(args, "getrecursionlimit", 0, 0);
            return Value.FromInt(vm.RecursionLimit);
        }));
        dict.SetItem("setrecursionlimit", Function("setrecursionlimit", SetRecursionLimit));
        dict.SetItem("exc_info", Function("exc_info", (vm, args) =>
        {
            ArgumentCheck.Range(args, "exc_info", 0, 0);
            return vm.HandledException is { } handled
                ? Value.FromObject(PyTuple.Of(Value.FromObject(handled.Type), Value.FromObject(handled), TracebackOf(handled)))
                : Value.FromObject(PyTuple.Of(Value.None, Value.None, Value.None));
        }));
        dict.SetItem("exception", Function("exception", (vm, args) =>
        {
            ArgumentCheck.Range(args, "exception", 0, 0);
            return vm.HandledException is { } handled ? Value.FromObject(handled) : Value.None;
        }));
        return new PyModule("sys", dict);
    }

    private static readonly string[] VersionFields = ["major", "minor", "micro", "releaselevel", "serial"];

    /// <summary>
    /// <c>sys.version_info</c>: the language version Viper implements, as CPython's struct sequence —
    /// a tuple (so <c>sys.version_info >= (3, 8)</c> works) whose fields also have names.
    /// </summary>
    private static Value VersionInfo()
    {
        var namespaceDict = new PyDict();
        namespaceDict.SetItem("__module__", Value.FromString("sys"));
        for (var i = 0; i < VersionFields.Length; i++)
        {
            var index = i;
            var getter = new PyBuiltinFunction(VersionFields[i], (vm, args) => ((PyTuple)args[0].Ref!).Items[index], "version_info");
            namespaceDict.SetItem(VersionFields[i], Value.FromObject(new PyProperty(Value.FromObject(getter), Value.None, Value.None, Value.None)));
        }

        namespaceDict.SetItem("__repr__", Value.FromObject(new PyBuiltinFunction("__repr__", (vm, args) =>
        {
            var items = ((PyTuple)args[0].Ref!).Items;
            var fields = VersionFields.Select((field, i) => $"{field}={Repr.Of(items[i])}");
            return Value.FromString($"sys.version_info({string.Join(", ", fields)})");
        }, "version_info")));
        var type = PyType.CreateClass("version_info", [PyType.Tuple], namespaceDict, "version_info");
        var info = new PyTuple([Value.FromInt(3), Value.FromInt(11), Value.FromInt(7), Value.FromString("final"), Value.FromInt(0)]) { Type = type };
        return Value.FromObject(info);
    }

    private static Value TracebackOf(PyBaseException exception) =>
        PyTraceback.Of(exception) is { } traceback ? Value.FromObject(traceback) : Value.None;

    private static Value Function(string name, BuiltinBody body) => Value.FromObject(new PyBuiltinFunction(name, body));

    /// <summary><c>sys.exit([status])</c> raises SystemExit; the host turns it into the exit code.</summary>
    private static Value Exit(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "exit", 0, 1);
        throw new PythonException(new PyBaseException(ExceptionTypes.SystemExit, args.Count == 0 ? [] : [args[0]]));
    }

    private static Value SetRecursionLimit(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Exactly(args, "setrecursionlimit", 1);
        if (args[0].IsFloat)
        {
            throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        }

        var limit = ArgumentCheck.Index(args[0]);
        if (limit < 1)
        {
            throw PyErrors.ValueError("recursion limit must be greater or equal than 1");
        }

        if (limit <= vm.Depth)
        {
            throw PyErrors.New(ExceptionTypes.RecursionError,
                $"cannot set the recursion limit to {limit} at the recursion depth {vm.Depth}: the limit is too low");
        }

        vm.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
        return Value.None;
    }
}

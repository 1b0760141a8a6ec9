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
        dict.SetItem("float_info", FloatInfo());
        dict.SetItem("int_info", IntInfo());
        dict.SetItem("hash_info", HashInfo());
        dict.SetItem("maxunicode", Value.FromInt(0x10FFFF));
        dict.SetItem("hexversion", Value.FromInt(0x030B07F0));
        dict.SetItem("float_repr_style", Value.FromString("short"));
        dict.SetItem("dont_write_bytecode", Value.False);
        dict.SetItem("executable", Value.FromString(Environment.ProcessPath ?? ""));
        dict.SetItem("builtin_module_names", Value.FromObject(PyTuple.Of([.. new[] { "builtins", "math", "os", "random", "sys", "time" }.Select(Value.FromString)])));
        dict.SetItem("getdefaultencoding", Function("getdefaultencoding", (vm, args) =>
        {
            ArgumentCheck.Range(args, "getdefaultencoding", 0, 0);
            return Value.FromString("utf-8");
        }));
        dict.SetItem("getfilesystemencoding", Function("getfilesystemencoding", (vm, args) =>
        {
            ArgumentCheck.Range(args, "getfilesystemencoding", 0, 0);
            return Value.FromString("utf-8");
        }));
        dict.SetItem("intern", Function("intern", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "intern", 1);
            return args[0].Ref is PyStr { Type.IsBuiltin: true }
                ? args[0]
                : throw PyErrors.TypeError($"intern() argument must be str, not {TypeNames.Of(args[0])}");
        }));
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

    /// <summary>
    /// A struct sequence as CPython's <c>sys</c> makes them (<c>sys.version_info</c>, <c>sys.float_info</c>, ...):
    /// a tuple, so it compares and unpacks as one, whose fields also have names, printed as <c>sys.name(field=value, ...)</c>.
    /// </summary>
    private static Value StructSequence(string name, (string Field, Value Value)[] fields)
    {
        var namespaceDict = new PyDict();
        namespaceDict.SetItem("__module__", Value.FromString("sys"));
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            var getter = new PyBuiltinFunction(fields[i].Field, (vm, args) => ((PyTuple)args[0].Ref!).Items[index], name);
            namespaceDict.SetItem(fields[i].Field, Value.FromObject(new PyProperty(Value.FromObject(getter), Value.None, Value.None, Value.None)));
        }

        namespaceDict.SetItem("n_fields", Value.FromInt(fields.Length));
        namespaceDict.SetItem("__repr__", Value.FromObject(new PyBuiltinFunction("__repr__", (vm, args) =>
        {
            var items = ((PyTuple)args[0].Ref!).Items;
            return Value.FromString($"sys.{name}({string.Join(", ", fields.Select((field, i) => $"{field.Field}={Repr.Of(items[i])}"))})");
        }, name)));
        var type = PyType.CreateClass(name, [PyType.Tuple], namespaceDict, name);
        return Value.FromObject(new PyTuple([.. fields.Select(field => field.Value)]) { Type = type });
    }

    private static Value VersionInfo() => StructSequence("version_info",
        [("major", Value.FromInt(3)), ("minor", Value.FromInt(11)), ("micro", Value.FromInt(7)), ("releaselevel", Value.FromString("final")), ("serial", Value.FromInt(0))]);

    /// <summary><c>sys.float_info</c>: the IEEE double's limits, as C's float.h gives them.</summary>
    private static Value FloatInfo() => StructSequence("float_info",
    [
        ("max", Value.FromFloat(double.MaxValue)), ("max_exp", Value.FromInt(1024)), ("max_10_exp", Value.FromInt(308)),
        ("min", Value.FromFloat(2.2250738585072014e-308)), ("min_exp", Value.FromInt(-1021)), ("min_10_exp", Value.FromInt(-307)),
        ("dig", Value.FromInt(15)), ("mant_dig", Value.FromInt(53)), ("epsilon", Value.FromFloat(double.BitIncrement(1.0) - 1.0)),
        ("radix", Value.FromInt(2)), ("rounds", Value.FromInt(1)),
    ]);

    /// <summary><c>sys.int_info</c> as CPython 3.11 reports it (30-bit digits) and the int-to-str limit Viper enforces.</summary>
    private static Value IntInfo() => StructSequence("int_info",
    [
        ("bits_per_digit", Value.FromInt(30)), ("sizeof_digit", Value.FromInt(4)),
        ("default_max_str_digits", Value.FromInt(Numerics.IntParser.DefaultMaxStrDigits)), ("str_digits_check_threshold", Value.FromInt(640)),
    ]);

    /// <summary><c>sys.hash_info</c>: the numeric hash's modulus and special values, which Viper's hashes follow.</summary>
    private static Value HashInfo() => StructSequence("hash_info",
    [
        ("width", Value.FromInt(64)), ("modulus", Value.FromInt((1L << 61) - 1)), ("inf", Value.FromInt(314159)), ("nan", Value.FromInt(0)),
        ("imag", Value.FromInt(1000003)), ("algorithm", Value.FromString("siphash13")), ("hash_bits", Value.FromInt(64)),
        ("seed_bits", Value.FromInt(128)), ("cutoff", Value.FromInt(0)),
    ]);

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

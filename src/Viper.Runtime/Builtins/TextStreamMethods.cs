using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>sys.stdout</c> and <c>sys.stderr</c>: <c>write</c>, <c>writelines</c>, <c>flush</c>, <c>isatty</c>.</summary>
public static class TextStreamMethods
{
    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "write", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "TextIOWrapper.write");
            var text = ArgumentCheck.Str(args[1], "write() argument").Value;
            Self(args).Writer.Write(text);
            return Value.FromInt(((PyStr)args[1].Ref!).Length);
        });
        BuiltinMethods.Add(type, "writelines", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "TextIOWrapper.writelines");
            foreach (var line in Iteration.ToList(args[1]))
            {
                Self(args).Writer.Write(ArgumentCheck.Str(line, "write() argument").Value);
            }

            return Value.None;
        });
        BuiltinMethods.Add(type, "flush", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "TextIOWrapper.flush");
            Self(args).Writer.Flush();
            return Value.None;
        });
        BuiltinMethods.Add(type, "isatty", (vm, args) =>
        {
            ArgumentCheck.NoArguments(args, "TextIOWrapper.isatty");
            return Value.False;
        });
        InstallReading(type);
    }

    /// <summary>The reading methods of <c>sys.stdin</c>, which shares the TextIOWrapper type with stdout and stderr.</summary>
    private static void InstallReading(PyType type)
    {
        BuiltinMethods.Add(type, "readline", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "readline", 0, 1);
            return Value.FromString(Input(args).ReadLine(args.Count > 1 && !args[1].IsNone ? ArgumentCheck.Index(args[1]) : -1));
        });
        BuiltinMethods.Add(type, "read", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "read", 0, 1);
            return Value.FromString(Input(args).Read(args.Count > 1 && !args[1].IsNone ? ArgumentCheck.Index(args[1]) : -1));
        });
        BuiltinMethods.Add(type, "readlines", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "readlines", 0, 1);
            var input = Input(args);
            var lines = new List<Value>();
            while (input.TryNext(out var line))
            {
                lines.Add(line);
            }

            return Value.FromObject(new PyList([.. lines]));
        });
    }

    private static PyTextInput Input(CallArgs args) =>
        args[0].Ref as PyTextInput ?? throw new Errors.PythonException(new Errors.PyBaseException(PyFile.UnsupportedOperation, [Value.FromString("not readable")]));

    private static PyTextStream Self(CallArgs args) =>
        args[0].Ref as PyTextStream ?? throw new Errors.PythonException(new Errors.PyBaseException(PyFile.UnsupportedOperation, [Value.FromString("not writable")]));
}

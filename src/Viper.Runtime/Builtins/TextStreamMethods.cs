using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The methods of <c>sys.stdout</c> and <c>sys.stderr</c>: <c>write</c>, <c>writelines</c>, <c>flush</c>, <c>isatty</c>.</summary>
public static class TextStreamMethods
{
    public static void Install()
    {
        var type = PyTextStream.TextStreamType;
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
    }

    private static PyTextStream Self(CallArgs args) => (PyTextStream)args[0].Ref!;
}

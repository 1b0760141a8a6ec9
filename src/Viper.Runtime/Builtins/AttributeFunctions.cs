using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary><c>getattr</c>, <c>setattr</c>, <c>hasattr</c>, <c>delattr</c> and <c>vars</c>.</summary>
public static class AttributeFunctions
{
    public static (string Name, BuiltinBody Body)[] All =>
    [
        ("getattr", GetAttr),
        ("setattr", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "setattr", 3);
            Attributes.Set(args[0], Name(args[1], "attribute name must be string"), args[2]);
            return Value.None;
        }),
        ("hasattr", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "hasattr", 2);
            return FixedArityBuiltins.HasAttr(vm, args[0], args[1]);
        }),
        ("delattr", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "delattr", 2);
            Attributes.Delete(args[0], Name(args[1], "attribute name must be string"));
            return Value.None;
        }),
        ("vars", (vm, args) =>
        {
            ArgumentCheck.Range(args, "vars", 0, 1);
            if (args.Count == 0)
            {
                return Value.FromObject(vm.CallerLocals());
            }

            return Attributes.TryGet(args[0], "__dict__", out var dict)
                ? dict
                : throw PyErrors.TypeError("vars() argument must have __dict__ attribute");
        }),
    ];

    private static Value GetAttr(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.Range(args, "getattr", 2, 3);
        if (args.Count == 2)
        {
            return FixedArityBuiltins.GetAttr(vm, args[0], args[1]);
        }

        return Attributes.TryGet(args[0], Name(args[1], "attribute name must be string"), out var value) ? value : args[2];
    }

    internal static string Name(Value name, string message) =>
        name.Ref is PyStr s ? s.Value : throw PyErrors.TypeError($"{message}, not '{TypeNames.Of(name)}'");
}

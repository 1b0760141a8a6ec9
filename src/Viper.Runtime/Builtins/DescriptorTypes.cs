using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>The <c>staticmethod</c>, <c>classmethod</c> and <c>property</c> types, with property's <c>getter</c>/<c>setter</c>/<c>deleter</c>.</summary>
internal static class DescriptorTypes
{
    public static void InstallConstructors()
    {
        PyStaticMethod.StaticMethodType.Constructor = (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "staticmethod", 1);
            return Value.FromObject(new PyStaticMethod(args[0]));
        };
        PyClassMethod.ClassMethodType.Constructor = (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "classmethod", 1);
            return Value.FromObject(new PyClassMethod(args[0]));
        };
        PyProperty.PropertyType.Constructor = NewProperty;
    }

    public static void Install(PyType type)
    {
        BuiltinMethods.Add(type, "getter", (vm, args) => Replace(args, "getter", (p, f) => new PyProperty(f, p.Setter, p.Deleter, p.Doc)));
        BuiltinMethods.Add(type, "setter", (vm, args) => Replace(args, "setter", (p, f) => new PyProperty(p.Getter, f, p.Deleter, p.Doc)));
        BuiltinMethods.Add(type, "deleter", (vm, args) => Replace(args, "deleter", (p, f) => new PyProperty(p.Getter, p.Setter, f, p.Doc)));
        BuiltinMethods.Add(type, "__set_name__", (vm, args) =>
        {
            if (args.Count != 3 || args.KeywordCount != 0)
            {
                throw PyErrors.TypeError($"__set_name__() takes 2 positional arguments but {args.Count - 1} were given");
            }

            ((PyProperty)args[0].Ref!).Name = args[2].Ref is PyStr name ? name.Value : Operations.Repr.Of(args[2]);
            return Value.None;
        });
    }

    private static Value NewProperty(Vm.Interpreter vm, CallArgs args)
    {
        string[] names = ["fget", "fset", "fdel", "doc"];
        var values = new[] { Value.None, Value.None, Value.None, Value.None };
        if (args.Count > names.Length)
        {
            throw PyErrors.TypeError($"property() takes at most 4 arguments ({args.Count} given)");
        }

        for (var i = 0; i < args.Count; i++)
        {
            values[i] = args[i];
        }

        for (var k = 0; k < args.KeywordCount; k++)
        {
            var index = Array.IndexOf(names, args.KeywordNames![k]);
            if (index < 0)
            {
                throw PyErrors.TypeError($"property() got an unexpected keyword argument '{args.KeywordNames[k]}'");
            }

            values[index] = args.All[args.Count + k];
        }

        return Value.FromObject(new PyProperty(values[0], values[1], values[2], values[3]));
    }

    private static Value Replace(CallArgs args, string name, Func<PyProperty, Value, PyProperty> replace)
    {
        ArgumentCheck.OneArgument(args, $"property.{name}");
        var property = (PyProperty)args[0].Ref!;
        var copy = replace(property, args[1]);
        copy.Name = property.Name;
        return Value.FromObject(copy);
    }
}

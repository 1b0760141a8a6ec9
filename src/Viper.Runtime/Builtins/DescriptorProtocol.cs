using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>__get__</c>, <c>__set__</c> and <c>__delete__</c> of functions, staticmethod, classmethod and property,
/// for code that works the descriptor protocol itself (<c>hasattr(value, "__get__")</c>, a wrapper that
/// forwards to the descriptor it wraps). Attribute lookup does not go through them: it binds these types directly.
/// </summary>
internal static class DescriptorProtocol
{
    public static void DeferInstallation()
    {
        PyType.Function.DeferMethods(type => AddGet(type, (vm, self, instance, owner) =>
            instance.IsNone ? self : Value.FromObject(new PyBoundMethod(self, instance))));
        PyStaticMethod.StaticMethodType.DeferMethods(type => AddGet(type, (vm, self, instance, owner) =>
            ((PyStaticMethod)self.Ref!).Function));
        PyClassMethod.ClassMethodType.DeferMethods(type => AddGet(type, (vm, self, instance, owner) =>
            Value.FromObject(new PyBoundMethod(((PyClassMethod)self.Ref!).Function, owner.IsNone ? Value.FromObject(instance.Type) : owner))));
        PyProperty.PropertyType.DeferMethods(InstallPropertyMethods);
    }

    private static void AddGet(PyType type, Func<Vm.Interpreter, Value, Value, Value, Value> get) =>
        BuiltinMethods.Add(type, "__get__", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "__get__", 1, 2);
            var instance = args[1];
            var owner = args.Count > 2 ? args[2] : Value.None;
            if (instance.IsNone && owner.IsNone)
            {
                throw PyErrors.TypeError("__get__(None, None) is invalid");
            }

            return get(vm, args[0], instance, owner);
        });

    private static void InstallPropertyMethods(PyType type)
    {
        AddGet(type, (vm, self, instance, owner) =>
        {
            var property = (PyProperty)self.Ref!;
            if (instance.IsNone)
            {
                return self;
            }

            return property.Getter.IsNone ? throw Missing(property, instance, "getter") : vm.Call(property.Getter, [instance]);
        });
        BuiltinMethods.Add(type, "__set__", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "__set__", 2, 2);
            var property = (PyProperty)args[0].Ref!;
            if (property.Setter.IsNone)
            {
                throw Missing(property, args[1], "setter");
            }

            vm.Call(property.Setter, [args[1], args[2]]);
            return Value.None;
        });
        BuiltinMethods.Add(type, "__delete__", (vm, args) =>
        {
            ArgumentCheck.MethodRange(args, "__delete__", 1, 1);
            var property = (PyProperty)args[0].Ref!;
            if (property.Deleter.IsNone)
            {
                throw Missing(property, args[1], "deleter");
            }

            vm.Call(property.Deleter, [args[1]]);
            return Value.None;
        });
    }

    /// <summary>CPython's message for a property without the function asked for, with its name when it knows it.</summary>
    private static PythonException Missing(PyProperty property, Value instance, string which) =>
        PyErrors.New(ExceptionTypes.AttributeError, property.Name is { } name
            ? $"property '{name}' of '{instance.Type.QualifiedName}' object has no {which}"
            : $"property of '{instance.Type.QualifiedName}' object has no {which}");
}

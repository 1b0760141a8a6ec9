using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>Attribute access on builtin objects, modules and types; instances and classes written in Python go to <see cref="InstanceAttributes"/> and <see cref="ClassAttributes"/>.</summary>
public static class Attributes
{
    /// <summary><c>getattr(owner, name)</c> that answers false for an AttributeError (any other error propagates).</summary>
    public static bool TryGet(Value owner, string name, out Value attribute)
    {
        try
        {
            if (owner.Ref is PyObject { Type.IsBuiltin: false } and not PyType or PyBaseException)
            {
                return InstanceAttributes.TryGet(owner, name, out attribute);
            }

            attribute = Get(owner, name);
            return true;
        }
        catch (PythonException error) when (error.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            attribute = default;
            return false;
        }
    }

    public static Value Get(Value owner, string name)
    {
        switch (owner.Ref)
        {
            case PyObject { Type.IsBuiltin: false } and not PyType or PyBaseException:
                return InstanceAttributes.Get(owner, name);
            case PyType { IsBuiltin: false } userClass:
                return ClassAttributes.Get(userClass, name);
            case PySuper super:
                return ClassAttributes.GetFromSuper(super, name);
            case PyGenericAlias alias:
                return TypeHints.GetAttribute(alias, name);
            case PyUnionType union:
                return TypeHints.GetAttribute(union, name);
            case PyBoundMethod method when MethodAttribute(method, name) is { } methodAttribute:
                return methodAttribute;
            case PyProperty property when name is "fget" or "fset" or "fdel" or "__doc__" or "__isabstractmethod__":
                return name switch
                {
                    "fget" => property.Getter,
                    "fset" => property.Setter,
                    "fdel" => property.Deleter,
                    "__doc__" => property.Doc,
                    _ => Value.FromBool(AbstractMethods.IsAbstract(property)),
                };
            case PyFile file when Builtins.FileMethods.TryGetAttribute(file, name, out var fileAttribute):
                return fileAttribute;
            case PyTextInput input when name == "name":
                return Value.FromString(input.Name);
            case PyClassMethod classMethod when name is "__func__" or "__wrapped__":
                return classMethod.Function;
            case PyStaticMethod staticMethod when name is "__func__" or "__wrapped__":
                return staticMethod.Function;
            case PyClassMethod classMethod when name == "__isabstractmethod__":
                return Value.FromBool(AbstractMethods.IsAbstract(classMethod.Function));
            case PyStaticMethod staticMethod when name == "__isabstractmethod__":
                return Value.FromBool(AbstractMethods.IsAbstract(staticMethod.Function));
            case PyTextStream stream when name == "name":
                return Value.FromString(stream.Name);
            case PyModule module:
                if (module.Dict.TryGetValue(name, out var member))
                {
                    return member;
                }

                if (name == "__dict__")
                {
                    return Value.FromObject(module.Dict);
                }

                if (name == "__name__")
                {
                    return Value.FromString(module.Name);
                }

                throw PyErrors.AttributeError(owner, name);
            case PyType type:
                if (ClassAttributes.TryGetTypeData(type, name, out var typeData))
                {
                    return typeData;
                }

                if (type.TryLookup(name, out var attribute))
                {
                    return attribute.Ref switch
                    {
                        PyBuiltinClassMethod classMethod => Value.FromObject(new PyBoundBuiltin(classMethod.Function, owner)),
                        PyStaticMethod { Function.Ref: PyBuiltinFunction } staticMethod when type.IsBuiltin => staticMethod.Function,
                        _ => attribute,
                    };
                }

                if (ClassAttributes.TryGetFromMetaclass(type, name, out var metaAttribute))
                {
                    return metaAttribute;
                }

                throw PyErrors.AttributeError(Value.FromObject(type), name);
            case PyFunction function when FunctionAttributes.TryGet(function, name, out var functionAttribute):
                return functionAttribute;
            case PyCode code when CodeAttributes.TryGet(code, name, out var codeAttribute):
                return codeAttribute;
            case PyCell cell when name == "cell_contents":
                return cell.Contents.IsBound ? cell.Contents : throw PyErrors.ValueError("Cell is empty");
            case PyGenerator generator when GeneratorAttribute(generator, name) is { } generatorAttribute:
                return generatorAttribute;
            case PyBuiltinFunction builtin when name == "__name__":
                return Value.FromString(builtin.Name);
            case PySlice slice when name is "start" or "stop" or "step":
                return name == "start" ? slice.Start : name == "stop" ? slice.Stop : slice.Step;
            case PyRange range when name is "start" or "stop" or "step":
                return Value.FromBigInteger(name == "start" ? range.Start : name == "stop" ? range.Stop : range.Step);
            case PyObject exceptionOrTraceback when ExceptionAttributes.TryGet(exceptionOrTraceback, name, out var data):
                return data;
        }

        if (NumberAttributes.TryGet(owner, name, out var numberAttribute))
        {
            return numberAttribute;
        }

        if (name == "__class__")
        {
            return Value.FromObject(owner.Type);
        }

        if (owner.Type.TryLookup(name, out var found))
        {
            return found.Ref switch
            {
                PyBuiltinFunction { IsMethod: true } method => Value.FromObject(new PyBoundBuiltin(method, owner)),
                PyBuiltinClassMethod classMethod => Value.FromObject(new PyBoundBuiltin(classMethod.Function, Value.FromObject(owner.Type))),
                PyStaticMethod { Function.Ref: PyBuiltinFunction } staticMethod => staticMethod.Function,
                _ => found,
            };
        }

        // Every builtin iterator (list_iterator, map, zip, ...) answers the iterator protocol by name too.
        if (owner.Ref is PyIterator && name is "__next__" or "__iter__")
        {
            return Value.FromObject(new PyBoundBuiltin(name == "__next__" ? IteratorNext : IteratorIter, owner));
        }

        throw PyErrors.AttributeError(owner, name);
    }

    private static readonly PyBuiltinFunction IteratorNext = new("__next__", (vm, args) =>
    {
        Builtins.ArgumentCheck.NoArguments(args, "__next__");
        return ((PyIterator)args[0].Ref!).TryNext(out var item)
            ? item
            : throw PyErrors.StopIteration();
    }, "iterator");

    private static readonly PyBuiltinFunction IteratorIter = new("__iter__", (vm, args) =>
    {
        Builtins.ArgumentCheck.NoArguments(args, "__iter__");
        return args[0];
    }, "iterator");

    private static Value? GeneratorAttribute(PyGenerator generator, string name) => name switch
    {
        "__name__" => Value.FromString(generator.Name),
        "__qualname__" => Value.FromString(generator.QualifiedName),
        "gi_running" => Value.FromBool(generator.IsRunning),
        "gi_suspended" => Value.FromBool(generator.IsSuspended),
        "gi_yieldfrom" => generator.YieldingFrom,
        _ => null,
    };

    public static void Set(Value owner, string name, Value value)
    {
        if (owner.Ref is PyObject { Type.IsBuiltin: false } and not PyType or PyBaseException)
        {
            InstanceAttributes.Set(owner, name, value);
            return;
        }

        if (owner.Ref is PyModule module)
        {
            module.Dict.SetItem(name, value);
            return;
        }

        if (owner.Ref is PyFunction function)
        {
            FunctionAttributes.Set(function, name, value);
            return;
        }

        if (owner.Ref is PyCell cell && name == "cell_contents")
        {
            cell.Contents = value;
            return;
        }

        if (owner.Ref is PyType type)
        {
            if (SpecialMethods.TryFind(type.Type, "__setattr__", out var setAttr))
            {
                SpecialMethods.CallBound(setAttr, owner, [Value.FromString(name), value]);
            }
            else
            {
                ClassAttributes.Set(type, name, value);
            }

            return;
        }

        if (owner.Ref is PyBaseException exception && ExceptionAttributes.TrySet(exception, name, value))
        {
            return;
        }

        if ((owner.Ref is PySlice or PyRange && name is "start" or "stop" or "step")
            || (owner.Ref is PyCode code && CodeAttributes.TryGet(code, name, out _)))
        {
            throw PyErrors.New(ExceptionTypes.AttributeError, "readonly attribute");
        }

        throw PyErrors.AttributeError(owner, name);
    }

    public static void Delete(Value owner, string name)
    {
        switch (owner.Ref)
        {
            case PyObject { Type.IsBuiltin: false } and not PyType or PyBaseException:
                InstanceAttributes.Delete(owner, name);
                break;
            case PyType type when SpecialMethods.TryFind(type.Type, "__delattr__", out var delAttr):
                SpecialMethods.CallBound(delAttr, owner, [Value.FromString(name)]);
                break;
            case PyType type:
                ClassAttributes.Delete(type, name);
                break;
            case PyFunction function:
                FunctionAttributes.Delete(function, name);
                break;
            case PyCell cell when name == "cell_contents":
                cell.Contents = default;
                break;
            case PyModule module:
                if (!module.Dict.Remove(Value.FromString(name), out _))
                {
                    throw PyErrors.AttributeError(owner, name);
                }

                break;
            default:
                throw owner.Type.TryLookup(name, out _)
                    ? PyErrors.New(ExceptionTypes.AttributeError, $"'{TypeNames.Of(owner)}' object attribute '{name}' is read-only")
                    : PyErrors.AttributeError(owner, name);
        }
    }

    private static Value? MethodAttribute(PyBoundMethod method, string name) => name switch
    {
        "__self__" => method.Self,
        "__func__" => method.Function,
        "__name__" or "__qualname__" => Get(method.Function, name),

        // A bound method answers for its function's own attributes (its __doc__, what a decorator set on it).
        _ => method.Function.Ref is PyFunction function && FunctionAttributes.TryGet(function, name, out var forwarded) ? forwarded : null,
    };
}

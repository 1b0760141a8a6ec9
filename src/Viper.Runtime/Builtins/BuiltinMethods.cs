using System.Diagnostics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Builtins;

/// <summary>Installs the methods of the builtin types into their namespaces, each type's on the first look into it.</summary>
public static class BuiltinMethods
{
    /// <summary>
    /// Registers each builtin type's installers with it, to run on the first look into that type's
    /// namespace (see <see cref="PyType.DeferMethods"/>); called once per process by
    /// <see cref="BuiltinTypeSetup"/>. A type's installers run in the order registered here.
    /// </summary>
    public static void DeferInstallation()
    {
        PyType.List.DeferMethods(ListMethods.Install);
        PyType.Dict.DeferMethods(DictMethods.Install);
        PyType.Tuple.DeferMethods(TupleMethods.Install);
        PyType.Str.DeferMethods(StrMethods.Install);
        PyType.Int.DeferMethods(IntMethods.Install);
        PyType.Float.DeferMethods(FloatMethods.Install);
        PyType.Bool.DeferMethods(InstallBoolRepr);
        DeferEach(ValueTypeDunders.Types, ValueTypeDunders.Install);
        DeferEach(ContainerDunders.Types, ContainerDunders.Install);
        DeferEach(OperatorDunders.Types, OperatorDunders.Install);
        DeferEach(IterationDunders.Types, IterationDunders.Install);

        PyType.Set.DeferMethods(SetMethods.Install);
        PyType.FrozenSet.DeferMethods(SetMethods.Install);
        PyType.Range.DeferMethods(RangeMethods.Install);
        PyGenerator.GeneratorType.DeferMethods(GeneratorMethods.Install);
        PyTextStream.TextStreamType.DeferMethods(TextStreamMethods.Install);
        DeferEach(FileMethods.Types, FileMethods.Install);

        PyType.Slice.DeferMethods(InstallSliceIndices);
        PyType.DictKeys.DeferMethods(InstallIsDisjoint);
        PyType.DictItems.DeferMethods(InstallIsDisjoint);
        Errors.ExceptionTypes.BaseException.DeferMethods(ExceptionMethods.Install);
        PyType.List.DeferMethods(list => MarkIntrinsic(list, "append", BuiltinIntrinsic.ListAppend));
        DeferEach([PyType.List, PyType.Dict, PyType.Set, PyType.FrozenSet, PyType.Tuple, PyEnumerate.EnumerateType], InstallClassGetItem);
    }

    /// <summary>bool's own repr, <c>True</c> and <c>False</c>; int's gives the number (<c>int.__repr__(True)</c> is <c>'1'</c>).</summary>
    private static void InstallBoolRepr(PyType boolType) =>
        OperatorDunders.AddSlot(boolType, "__repr__", 0, (vm, args) => Value.FromString(Repr.OfBuiltin(args[0])));

    private static void DeferEach(PyType[] types, Action<PyType> install)
    {
        foreach (var type in types)
        {
            type.DeferMethods(install);
        }
    }

    /// <summary><c>list[int]</c> and kin: the builtin containers' <c>__class_getitem__</c>, which makes a generic alias.</summary>
    private static void InstallClassGetItem(PyType generic) =>
        AddClassMethod(generic, "__class_getitem__", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, $"{generic.Name}.__class_getitem__");
            return TypeHints.ClassGetItem(args[0], args[1]);
        });

    private static void InstallSliceIndices(PyType slice) =>
        Add(slice, "indices", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, "slice.indices");
            var length = ArgumentCheck.Index(args[1]);
            if (length < 0)
            {
                throw Errors.PyErrors.ValueError("length should not be negative");
            }

            var (start, stop, step, _) = ((PySlice)args[0].Ref!).Indices(length);
            return Value.FromObject(PyTuple.Of(Value.FromInt(start), Value.FromInt(stop), Value.FromInt(step)));
        });

    /// <summary>dict_keys' and dict_items' <c>isdisjoint</c>; like sets, they are unhashable (<c>__hash__</c> is None).</summary>
    private static void InstallIsDisjoint(PyType view)
    {
        Add(view, "isdisjoint", (vm, args) =>
        {
            ArgumentCheck.OneArgument(args, $"{view.Name}.isdisjoint");
            return Value.FromBool(SetLike.IsDisjoint(args[0], args[1]));
        });
        view.SetAttribute("__hash__", Value.None);
    }

    /// <summary>Tags a method the VM performs inline (see <see cref="BuiltinIntrinsic"/>); its body stays the fallback.</summary>
    private static void MarkIntrinsic(PyType type, string name, BuiltinIntrinsic intrinsic)
    {
        type.TryLookup(name, out var method);
        var function = (PyBuiltinFunction)method.Ref!;
        type.SetAttribute(name, Value.FromObject(new PyBuiltinFunction(function.Name, function.Body, function.OwnerTypeName) { Intrinsic = intrinsic }));
    }

    /// <summary>Adds a method: a builtin that receives its receiver as argument 0.</summary>
    public static void Add(PyType type, string name, BuiltinBody body, ConsumerFactory? itemConsumer = null) =>
        type.SetAttribute(name, Value.FromObject(new PyBuiltinFunction(name, CheckedReceiver(type, name, IsImmutableValueType(type) ? ExactReceiver(body) : body), type.Name)
        {
            ItemConsumer = itemConsumer,
        }));

    /// <summary>
    /// Adds a method with fixed-arity bodies beside its general one: <paramref name="receiverOnly"/>
    /// for a call with the receiver alone, <paramref name="withOneArgument"/> for the receiver and one
    /// argument (<c>s.add(x)</c>). Compiled code calls them without an argument span or an arity
    /// check, so each must do what <paramref name="body"/> does for that call, the receiver's type
    /// check included (<c>set.add(3, 1)</c> reaches it too; <see cref="NotApplicable"/> is its error):
    /// only the general body is behind <see cref="Add"/>'s check. Not for int, float and str, whose
    /// methods see a subclass instance as its plain value.
    /// </summary>
    public static void AddFixedArity(PyType type, string name, BuiltinBody body, BuiltinBody1? receiverOnly = null, BuiltinBody2? withOneArgument = null)
    {
        Debug.Assert(!IsImmutableValueType(type), "fixed-arity bodies would skip ExactReceiver");
        type.SetAttribute(name, Value.FromObject(new PyBuiltinFunction(name, Checked(type, name, body, slotWrapper: false), type.Name)
        {
            OneArgument = receiverOnly,
            TwoArguments = withOneArgument,
        }));
    }

    /// <summary>
    /// CPython's method descriptors check their receiver before the method runs: called through its
    /// class, <c>list.append(3, 1)</c> is a TypeError, where the body would cast 3 to a list. Every
    /// value is an object, so <c>object</c>'s methods need no check. Special methods are left to their
    /// bodies: most are CPython's slot wrappers, whose message differs (<c>descriptor '__repr__'
    /// requires a 'dict' object but received a 'int'</c>) and which the bodies give.
    /// </summary>
    private static BuiltinBody CheckedReceiver(PyType type, string name, BuiltinBody body) =>
        type == PyType.Object || name.StartsWith("__", StringComparison.Ordinal) ? body : Checked(type, name, body, slotWrapper: false);

    /// <summary>
    /// Adds a special method whose receiver is checked here: as CPython's slot wrapper
    /// (<c>list.__len__(3)</c>: <c>descriptor '__len__' requires a 'list' object but received a
    /// 'int'</c>), or, where CPython defines the special method as an ordinary method
    /// (<c>dict.__contains__</c>), with <see cref="Add"/>'s wording.
    /// </summary>
    public static void AddSpecial(PyType type, string name, BuiltinBody body, bool slotWrapper = true) =>
        type.SetAttribute(name, Value.FromObject(new PyBuiltinFunction(name, Checked(type, name, body, slotWrapper), type.Name)));

    private static BuiltinBody Checked(PyType type, string name, BuiltinBody body, bool slotWrapper) => (vm, args) =>
    {
        if (args.Count == 0)
        {
            throw Errors.PyErrors.TypeError(slotWrapper
                ? $"descriptor '{name}' of '{type.Name}' object needs an argument"
                : $"unbound method {type.Name}.{name}() needs an argument");
        }

        var receiverType = args[0].Type;
        if (!ReferenceEquals(receiverType, type) && !receiverType.IsSubtypeOf(type))
        {
            throw slotWrapper
                ? Errors.PyErrors.TypeError($"descriptor '{name}' requires a '{type.Name}' object but received a '{receiverType.Name}'")
                : NotApplicable(type, name, args[0]);
        }

        return body(vm, args);
    };

    /// <summary>The TypeError of a method of <paramref name="type"/> called with a receiver of another type.</summary>
    public static Errors.PythonException NotApplicable(PyType type, string name, Value receiver) =>
        Errors.PyErrors.TypeError($"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{TypeNames.Of(receiver)}' object");

    private static bool IsImmutableValueType(PyType type) => type == PyType.Int || type == PyType.Float || type == PyType.Str;

    /// <summary>
    /// The methods of int, float and str see a subclass instance as the plain value it holds, so they
    /// return exact builtin values (<c>Name("a").upper()</c> is a str) as CPython's do.
    /// </summary>
    private static BuiltinBody ExactReceiver(BuiltinBody body) => (vm, args) =>
    {
        if (args.Count == 0 || args[0].Ref is not PyObject { Type.IsBuiltin: false })
        {
            return body(vm, args);
        }

        var all = args.All.ToArray();
        all[0] = Operations.Numbers.Exact(all[0]);
        return body(vm, new CallArgs(all, args.KeywordNames));
    };

    /// <summary>Adds a class method: a builtin that receives the type as argument 0.</summary>
    public static void AddClassMethod(PyType type, string name, BuiltinBody body) =>
        type.SetAttribute(name, Value.FromObject(new PyBuiltinClassMethod(new PyBuiltinFunction(name, body, type.Name))));
}

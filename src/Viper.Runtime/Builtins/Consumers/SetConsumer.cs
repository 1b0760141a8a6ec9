using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins.Consumers;

/// <summary><c>set()</c> and <c>frozenset()</c> of an iterable: each item is hashed and added as it comes.</summary>
internal sealed class SetConsumer(PyType type) : ItemConsumer
{
    private readonly PySet _set = new(type);

    /// <summary>While every key is an int, float, exact str, bool or None, adding another such key compares only builtin values.</summary>
    private bool _onlyPlainKeys = true;

    public static ItemConsumer CreateSet(Interpreter vm, CallArgs args, out Value iterable) => Create(args, PyType.Set, out iterable);

    public static ItemConsumer CreateFrozenSet(Interpreter vm, CallArgs args, out Value iterable) => Create(args, PyType.FrozenSet, out iterable);

    private static SetConsumer Create(CallArgs args, PyType type, out Value iterable)
    {
        ArgumentCheck.Range(args, type.Name, 0, 1);
        iterable = args.Count == 1 ? args[0] : Value.FromObject(PyTuple.Empty);
        return new SetConsumer(type);
    }

    public override bool Accept(Value item)
    {
        _onlyPlainKeys &= IsPlainKey(item);
        _set.Add(item);
        return true;
    }

    public override bool TryAcceptQuietly(Value item, out bool more)
    {
        more = true;
        if (!_onlyPlainKeys || !IsPlainKey(item))
        {
            return false;
        }

        _set.Add(item);
        return true;
    }

    private static bool IsPlainKey(Value item) =>
        item.IsInt || item.IsFloat || item.IsNone || item.Ref is PyBool || item.Ref is PyStr { IsExact: true };

    public override Value Finish() => Value.FromObject(_set);
}

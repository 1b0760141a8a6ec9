using Viper.Runtime.Objects;
using Viper.Runtime.Operations;

namespace Viper.Runtime.Builtins.Consumers;

/// <summary>The builtins that consume an iterable item by item, each made from its <see cref="ItemConsumer"/>.</summary>
internal static class ConsumingBuiltins
{
    public static (string Name, ConsumerFactory Factory)[] Functions =>
    [
        ("sum", SumConsumer.Create),
        ("min", ExtremeConsumer.CreateMin),
        ("max", ExtremeConsumer.CreateMax),
        ("any", TruthConsumer.CreateAny),
        ("all", TruthConsumer.CreateAll),
        ("sorted", CollectingConsumer.CreateSorted),
    ];

    /// <summary>The builtin's body: drains the iterable (or the positional arguments themselves) into its consumer.</summary>
    public static BuiltinBody Body(ConsumerFactory factory) => (vm, args) =>
    {
        var consumer = factory(vm, args, out var iterable);
        return consumer.Drain(iterable.IsBound
            ? Iteration.GetIterator(iterable)
            : new PyArrayIterator(args.Positional.ToArray(), PyArrayIterator.TupleIteratorType));
    };

    /// <summary>Called once per process by <see cref="BuiltinTypeSetup"/>, after the types' constructors.</summary>
    public static void Install()
    {
        PyType.List.ItemConsumer = CollectingConsumer.CreateList;
        PyType.Tuple.ItemConsumer = CollectingConsumer.CreateTuple;
        PyType.Set.ItemConsumer = SetConsumer.CreateSet;
        PyType.FrozenSet.ItemConsumer = SetConsumer.CreateFrozenSet;
    }
}

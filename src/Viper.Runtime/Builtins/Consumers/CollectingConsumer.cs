using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins.Consumers;

/// <summary>
/// The builtins that take every item before they look at any: <c>list()</c>, <c>tuple()</c>,
/// <c>sorted</c> (which then sorts them) and <c>str.join</c> (which then checks and joins them).
/// </summary>
internal sealed class CollectingConsumer(Func<PyList, Value> finish) : ItemConsumer
{
    private readonly PyList _items = new();

    public static ItemConsumer CreateList(Interpreter vm, CallArgs args, out Value iterable)
    {
        ArgumentCheck.Range(args, "list", 0, 1);
        iterable = args.Count == 1 ? args[0] : Value.FromObject(PyTuple.Empty);
        return new CollectingConsumer(Value.FromObject);
    }

    public static ItemConsumer CreateTuple(Interpreter vm, CallArgs args, out Value iterable)
    {
        ArgumentCheck.Range(args, "tuple", 0, 1);
        iterable = args.Count == 1 ? args[0] : Value.FromObject(PyTuple.Empty);
        return new CollectingConsumer(items => Value.FromObject(PyTuple.Of([.. items.Items])));
    }

    /// <summary>The keywords are checked after the items are taken, as CPython's <c>sorted</c> hands them to <c>list.sort</c>.</summary>
    public static ItemConsumer CreateSorted(Interpreter vm, CallArgs args, out Value iterable)
    {
        if (args.Count != 1)
        {
            throw PyErrors.TypeError($"sorted expected 1 argument, got {args.Count}");
        }

        iterable = args[0];

        // A range too long for any list fails before sorting starts to collect it, as in CPython.
        _ = Iteration.PreallocationLength(iterable);
        var all = args.All.ToArray();
        var keywordNames = args.KeywordNames;
        return new CollectingConsumer(items =>
        {
            var (key, reverse) = ListSort.ParseOptions(new CallArgs(all, keywordNames), "sort");
            ListSort.Sort(vm, items, key, reverse);
            return Value.FromObject(items);
        });
    }

    public static ItemConsumer CreateJoin(Interpreter vm, CallArgs args, out Value iterable)
    {
        var separator = StrMethods.JoinSeparator(args);
        iterable = args[1];
        return new CollectingConsumer(items => Value.FromString(StrMethods.Join(separator, items.Items)));
    }

    public override bool Accept(Value item)
    {
        _items.Append(item);
        return true;
    }

    public override bool TryAcceptQuietly(Value item, out bool more)
    {
        _items.Append(item);
        more = true;
        return true;
    }

    public override Value Finish() => finish(_items);
}

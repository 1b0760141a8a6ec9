using Viper.Frontend.Ast;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>
/// What CPython's dict views compare as sets (dictview_richcompare): sets, frozensets and the keys
/// and items views of a dict. Two of them are equal, or one is a subset of the other, by their sizes
/// and membership alone.
/// </summary>
internal static class SetLike
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> compare as sets, at least one of them a view (two sets compare on their own path).</summary>
    public static bool AreViewComparison(Value a, Value b) =>
        (IsView(a) && (IsView(b) || b.Ref is PySet)) || (IsView(b) && a.Ref is PySet);

    public static bool Compare(Value a, Value b, CompareOperator op) => op switch
    {
        CompareOperator.Eq => Count(a) == Count(b) && AllContainedIn(a, b),
        CompareOperator.Lt => Count(a) < Count(b) && AllContainedIn(a, b),
        CompareOperator.LtE => Count(a) <= Count(b) && AllContainedIn(a, b),
        CompareOperator.Gt => Count(a) > Count(b) && AllContainedIn(b, a),
        _ => Count(a) >= Count(b) && AllContainedIn(b, a),
    };

    /// <summary><c>item in dict.items()</c>: a pair whose key is in the dict with an equal value.</summary>
    public static bool ItemsContain(PyDict dict, Value item) =>
        item.Ref is PyTuple { Items.Length: 2 } pair
        && dict.TryGetValue(pair.Items[0], out var value)
        && (value.Is(pair.Items[1]) || Comparison.Equal(value, pair.Items[1]));

    /// <summary><c>view.isdisjoint(other)</c>: no item of <paramref name="other"/>, any iterable, is in the view.</summary>
    public static bool IsDisjoint(Value view, Value other)
    {
        var iterator = Iteration.GetIterator(other);
        while (iterator.TryNext(out var item))
        {
            if (Comparison.Contains(view, item))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsView(Value value) => value.Ref is PyDictView { Kind: not DictViewKind.Values };

    private static int Count(Value value) => value.Ref is PySet set ? set.Count : ((PyDictView)value.Ref!).Dict.Count;

    private static bool AllContainedIn(Value items, Value container)
    {
        var iterator = Iteration.GetIterator(items);
        while (iterator.TryNext(out var item))
        {
            if (!Comparison.Contains(container, item))
            {
                return false;
            }
        }

        return true;
    }
}

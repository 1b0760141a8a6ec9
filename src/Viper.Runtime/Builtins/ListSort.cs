using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>list.sort</c> and <c>sorted</c>: a stable sort using only Python's <c>&lt;</c>. Runs are found
/// and extended by binary insertion exactly as CPython's timsort does, so a list shorter than 64
/// sees the same comparisons in the same order (and is left in the same state if one raises);
/// longer runs are then merged stably.
/// </summary>
public static class ListSort
{
    private const int MinMerge = 64;

    /// <summary>Reads the keyword-only <c>key</c> and <c>reverse</c> arguments.</summary>
    public static (Value Key, bool Reverse) ParseOptions(CallArgs args, string name)
    {
        var key = Value.None;
        var reverse = false;
        for (var i = 0; i < args.KeywordCount; i++)
        {
            var value = args.All[args.Count + i];
            switch (args.KeywordNames![i])
            {
                case "key":
                    key = value;
                    break;
                case "reverse":
                    reverse = ArgumentCheck.Index(value) != 0;
                    break;
                default:
                    throw PyErrors.TypeError($"'{args.KeywordNames[i]}' is an invalid keyword argument for {name}()");
            }
        }

        return (key, reverse);
    }

    /// <summary>
    /// Sorts in place. As in CPython the list looks empty while it is being sorted, and any change
    /// made to it meanwhile (by a key function or a comparison) is discarded and reported.
    /// </summary>
    public static void Sort(Interpreter vm, PyList list, Value key, bool reverse)
    {
        var items = list.ToArray();
        list.Clear();
        Value[]? keys = null;
        var completed = false;
        try
        {
            keys = key.IsNone ? items : ComputeKeys(vm, key, items);

            // Reversing before and after (even if a comparison raises, as CPython does) keeps
            // equal items in their original order.
            if (reverse)
            {
                ReverseBoth(keys, items);
            }

            SortPairs(keys, ReferenceEquals(keys, items) ? null : items);
            completed = true;
        }
        finally
        {
            if (reverse && keys is not null)
            {
                ReverseBoth(keys, items);
            }

            var modified = list.Count != 0;
            list.SetItems(items);
            if (modified && completed)
            {
                throw PyErrors.ValueError("list modified during sort");
            }
        }
    }

    private static Value[] ComputeKeys(Interpreter vm, Value key, Value[] items)
    {
        var keys = new Value[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = vm.Call(key, [items[i]]);
        }

        return keys;
    }

    private static void ReverseBoth(Value[] keys, Value[] items)
    {
        Array.Reverse(keys);
        if (!ReferenceEquals(keys, items))
        {
            Array.Reverse(items);
        }
    }

    /// <summary>Sorts <paramref name="keys"/>, applying every move to <paramref name="values"/> too when given.</summary>
    private static void SortPairs(Value[] keys, Value[]? values)
    {
        var n = keys.Length;
        if (n < 2)
        {
            return;
        }

        var minRun = MinRunLength(n);
        var runs = new List<(int Start, int Length)>();
        var low = 0;
        while (low < n)
        {
            var run = CountRun(keys, values, low, n);
            if (run < minRun)
            {
                var forced = Math.Min(minRun, n - low);
                BinaryInsertionSort(keys, values, low, low + forced, low + run);
                run = forced;
            }

            runs.Add((low, run));
            low += run;
        }

        while (runs.Count > 1)
        {
            var merged = new List<(int Start, int Length)>();
            for (var i = 0; i < runs.Count; i += 2)
            {
                if (i + 1 == runs.Count)
                {
                    merged.Add(runs[i]);
                    break;
                }

                Merge(keys, values, runs[i].Start, runs[i].Length, runs[i + 1].Length);
                merged.Add((runs[i].Start, runs[i].Length + runs[i + 1].Length));
            }

            runs = merged;
        }
    }

    private static int MinRunLength(int n)
    {
        var r = 0;
        while (n >= MinMerge)
        {
            r |= n & 1;
            n >>= 1;
        }

        return n + r;
    }

    private static bool LessThan(Value a, Value b) => Comparison.CompareToBool(a, b, CompareOperator.Lt);

    /// <summary>The length of the ascending (or strictly descending, then reversed) run starting at <paramref name="low"/>.</summary>
    private static int CountRun(Value[] keys, Value[]? values, int low, int high)
    {
        if (low + 1 == high)
        {
            return 1;
        }

        var n = 2;
        if (LessThan(keys[low + 1], keys[low]))
        {
            for (var i = low + 2; i < high && LessThan(keys[i], keys[i - 1]); i++)
            {
                n++;
            }

            Array.Reverse(keys, low, n);
            if (values is not null)
            {
                Array.Reverse(values, low, n);
            }
        }
        else
        {
            for (var i = low + 2; i < high && !LessThan(keys[i], keys[i - 1]); i++)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Extends the sorted prefix [low, start) to [low, high), inserting each item after its equals.</summary>
    private static void BinaryInsertionSort(Value[] keys, Value[]? values, int low, int high, int start)
    {
        for (; start < high; start++)
        {
            var pivot = keys[start];
            var left = low;
            var right = start;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (LessThan(pivot, keys[middle]))
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            Array.Copy(keys, left, keys, left + 1, start - left);
            keys[left] = pivot;
            if (values is not null)
            {
                var value = values[start];
                Array.Copy(values, left, values, left + 1, start - left);
                values[left] = value;
            }
        }
    }

    /// <summary>Merges two adjacent sorted runs into fresh arrays first, so a raising comparison leaves the items intact.</summary>
    private static void Merge(Value[] keys, Value[]? values, int start, int leftLength, int rightLength)
    {
        var total = leftLength + rightLength;
        var mergedKeys = new Value[total];
        var mergedValues = values is null ? null : new Value[total];
        int left = start, right = start + leftLength, leftEnd = right, rightEnd = start + total;
        for (var k = 0; k < total; k++)
        {
            var takeRight = left == leftEnd || (right < rightEnd && LessThan(keys[right], keys[left]));
            var from = takeRight ? right++ : left++;
            mergedKeys[k] = keys[from];
            if (mergedValues is not null)
            {
                mergedValues[k] = values![from];
            }
        }

        mergedKeys.CopyTo(keys, start);
        mergedValues?.CopyTo(values!, start);
    }
}

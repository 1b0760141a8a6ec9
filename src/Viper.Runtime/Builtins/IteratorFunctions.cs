using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// The builtins that wrap iterables (those that consume them are <see cref="Consumers.ConsumingBuiltins"/>).
/// <c>enumerate</c>, <c>zip</c>, <c>map</c>, <c>filter</c> and <c>reversed</c> are types in CPython, so they are types here too.
/// </summary>
public static class IteratorFunctions
{
    public static IEnumerable<PyType> Types =>
    [
        PyEnumerate.EnumerateType, PyZip.ZipType, PyMap.MapType, PyFilter.FilterType, PyReverseArrayIterator.ReversedType,
    ];

    public static void Install()
    {
        PyEnumerate.EnumerateType.Constructor = Enumerate;

        // enumerate(xs), the usual call, from compiled code: no argument array, no binding.
        PyEnumerate.EnumerateType.ConstructOne = (vm, iterable) => Value.FromObject(PyEnumerate.Over(iterable, Value.FromInt(0)));
        PyZip.ZipType.Constructor = Zip;

        // zip(xs, ys) likewise; the iterators are taken in order, as Zip takes them.
        PyZip.ZipType.ConstructTwo = (vm, first, second) =>
        {
            var firstIterator = Iteration.GetIterator(first);
            return Value.FromObject(new PyZip([firstIterator, Iteration.GetIterator(second)], strict: false));
        };
        PyMap.MapType.Constructor = Map;
        PyFilter.FilterType.Constructor = (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, "filter");
            if (args.Count != 2)
            {
                throw PyErrors.TypeError($"filter expected 2 arguments, got {args.Count}");
            }

            return Value.FromObject(new PyFilter(vm, args[0], Iteration.GetIterator(args[1])));
        };
        PyReverseArrayIterator.ReversedType.Constructor = (vm, args) =>
        {
            ArgumentCheck.NoKeywords(args, "reversed");
            if (args.Count != 1)
            {
                throw PyErrors.TypeError($"reversed expected 1 argument, got {args.Count}");
            }

            return UserReversed(args[0]) ?? Value.FromObject(BuiltinReversed(args[0]));
        };
    }

    private static Value Enumerate(Interpreter vm, CallArgs args)
    {
        Value iterable = default;
        var start = Value.FromInt(0);
        ArgumentCheck.BindTwo(args, "enumerate", "iterable", "start", ref iterable, ref start);
        if (!iterable.IsBound)
        {
            throw PyErrors.TypeError("enumerate() missing required argument 'iterable'");
        }

        if (!Numbers.IsInteger(start))
        {
            throw PyErrors.TypeError($"'{TypeNames.Of(start)}' object cannot be interpreted as an integer");
        }

        // A bool start counts as the int it equals: enumerate(x, True) yields 1, 2, ...
        if (start.Ref is PyBool flag)
        {
            start = Value.FromInt(flag.AsLong);
        }

        return Value.FromObject(PyEnumerate.Over(iterable, start));
    }

    private static Value Zip(Interpreter vm, CallArgs args)
    {
        var strict = false;
        for (var i = 0; i < args.KeywordCount; i++)
        {
            if (args.KeywordNames![i] != "strict")
            {
                throw PyErrors.TypeError($"'{args.KeywordNames[i]}' is an invalid keyword argument for zip()");
            }

            strict = Truth.IsTrue(args.All[args.Count + i]);
        }

        return Value.FromObject(new PyZip(Iterators(args.Positional), strict));
    }

    private static Value Map(Interpreter vm, CallArgs args)
    {
        ArgumentCheck.NoKeywords(args, "map");
        if (args.Count < 2)
        {
            throw PyErrors.TypeError("map() must have at least two arguments.");
        }

        return Value.FromObject(new PyMap(vm, args[0], Iterators(args.Positional[1..])));
    }

    private static PyIterator[] Iterators(ReadOnlySpan<Value> iterables)
    {
        var iterators = new PyIterator[iterables.Length];
        for (var i = 0; i < iterables.Length; i++)
        {
            iterators[i] = Iteration.GetIterator(iterables[i]);
        }

        return iterators;
    }

    /// <summary>What an instance of a user class's own <c>__reversed__</c> returns (None there makes it not reversible), or null when it has none.</summary>
    private static Value? UserReversed(Value sequence)
    {
        if (sequence.Ref is not PyObject { Type.IsBuiltin: false } || !SpecialMethods.TryFind(sequence.Type, "__reversed__", out var method))
        {
            return null;
        }

        return method.IsNone
            ? throw PyErrors.TypeError($"'{TypeNames.Of(sequence)}' object is not reversible")
            : SpecialMethods.CallBound(method, sequence, []);
    }

    /// <summary><c>reversed()</c> of a builtin sequence, dict or dict view (what their <c>__reversed__</c> gives).</summary>
    internal static PyIterator BuiltinReversed(Value sequence) => sequence.Ref switch
    {
        PyList list => new PyListReverseIterator(list),
        PyRange range => Iteration.GetIterator(Value.FromObject(ReversedRange(range))),
        PyTuple tuple => new PyReverseArrayIterator(tuple.Items, PyReverseArrayIterator.ReversedType),
        PyStr or PyBytes => new PyReverseArrayIterator([.. Iteration.ToList(sequence)], PyReverseArrayIterator.ReversedType),
        PyDict => new PyReverseArrayIterator([.. Iteration.ToList(sequence)], PyReverseArrayIterator.DictReverseKeyIteratorType),
        PyDictView view => new PyReverseArrayIterator([.. Iteration.ToList(sequence)], view.Kind switch
        {
            DictViewKind.Keys => PyReverseArrayIterator.DictReverseKeyIteratorType,
            DictViewKind.Values => PyReverseArrayIterator.DictReverseValueIteratorType,
            _ => PyReverseArrayIterator.DictReverseItemIteratorType,
        }),
        _ => throw PyErrors.TypeError($"'{TypeNames.Of(sequence)}' object is not reversible"),
    };

    /// <summary>The range with the same items backwards: its last item, stepping the other way past its first.</summary>
    private static PyRange ReversedRange(PyRange range) => range.Length.IsZero
        ? new PyRange(0, 0, 1)
        : new PyRange(range.ItemAt(range.Length - 1), range.Start - range.Step, -range.Step);
}

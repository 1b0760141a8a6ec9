using System.Numerics;
using Viper.Frontend.Ast;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Numerics;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Modules;

/// <summary><c>randrange</c>, <c>randint</c>, <c>choice</c>, <c>choices</c>, <c>shuffle</c> and <c>sample</c>, drawing as <c>random.py</c> does.</summary>
public static partial class RandomModule
{
    private static void InstallSequences(PyType type)
    {
        AddMethod(type, "randrange", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "randrange", 1, "start", "stop", "step");
            return Value.FromBigInteger(RandomRange(vm, Self(args), values[0], values[1], values[2]));
        });
        AddMethod(type, "randint", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "randint", 2, "a", "b");
            var stop = Arithmetic.Binary(BinaryOperator.Add, values[1], Value.FromInt(1));
            return Value.FromBigInteger(RandomRange(vm, Self(args), values[0], stop, default));
        });
        AddMethod(type, "choice", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "choice", 1, "seq");
            var length = BuiltinFunctions.Length(values[0]);
            return length == 0
                ? throw PyErrors.New(ExceptionTypes.IndexError, "Cannot choose from an empty sequence")
                : Subscripts.GetItem(values[0], Value.FromBigInteger(Below(Self(args), length)));
        });
        AddMethod(type, "shuffle", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "shuffle", 1, "x");
            var sequence = values[0];
            var self = Self(args);
            for (var i = BuiltinFunctions.Length(sequence) - 1; i > 0; i--)
            {
                var j = Value.FromBigInteger(Below(self, i + 1));
                var at = Value.FromInt(i);
                var first = Subscripts.GetItem(sequence, j);
                var second = Subscripts.GetItem(sequence, at);
                Subscripts.SetItem(sequence, at, first);
                Subscripts.SetItem(sequence, j, second);
            }

            return Value.None;
        });
        AddMethod(type, "sample", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "sample", 2, "population", "k", "counts");
            return Value.FromObject(new PyList([.. Sample(Self(args), values[0], values[1], values[2])]));
        });
        AddMethod(type, "choices", (vm, args) =>
        {
            var values = RandomParameters.Bind(args, "choices", 1, "population", "weights", "cum_weights", "k");
            return Value.FromObject(new PyList([.. Choices(Self(args), values[0], values[1], values[2], values[3])]));
        });
    }

    /// <summary><c>_randbelow</c>: draws of <c>n.bit_length()</c> bits until one is below <paramref name="n"/>.</summary>
    private static BigInteger Below(PyRandom random, BigInteger n)
    {
        var bits = (long)n.GetBitLength();
        BigInteger draw;
        do
        {
            draw = random.Generator.NextBits(bits);
        }
        while (draw >= n);
        return draw;
    }

    private static BigInteger RandomRange(Interpreter vm, PyRandom random, Value start, Value stop, Value step)
    {
        var first = RangeArgument(vm, start, "arg 1");
        if (!stop.IsBound || stop.IsNone)
        {
            if (step.IsBound && !(step.IsInt && step.AsInt == 1))
            {
                throw PyErrors.TypeError("Missing a non-None stop argument");
            }

            return first > 0 ? Below(random, first) : throw PyErrors.ValueError("empty range for randrange()");
        }

        var last = RangeArgument(vm, stop, "stop");
        var width = last - first;
        var stride = step.IsBound ? RangeArgument(vm, step, "step") : BigInteger.One;
        if (stride.IsOne)
        {
            return width > 0
                ? first + Below(random, width)
                : throw PyErrors.ValueError($"empty range for randrange() ({first}, {last}, {width})");
        }

        if (stride.IsZero)
        {
            throw PyErrors.ValueError("zero step for randrange()");
        }

        var count = stride > 0 ? IntMath.FloorDiv(width + stride - 1, stride) : IntMath.FloorDiv(width + stride + 1, stride);
        return count > 0 ? first + (stride * Below(random, count)) : throw PyErrors.ValueError("empty range for randrange()");
    }

    /// <summary>
    /// An int argument of <c>randrange</c>; anything else goes through <c>int()</c> and must not change in value
    /// (CPython also warns that this is deprecated).
    /// </summary>
    private static BigInteger RangeArgument(Interpreter vm, Value value, string what)
    {
        if (Numbers.TryGetBigInteger(value, out var integer))
        {
            return integer;
        }

        var converted = vm.Call(Value.FromObject(PyType.Int), [value]);
        Numbers.TryGetBigInteger(converted, out integer);
        return Comparison.Equal(converted, value) ? integer : throw PyErrors.ValueError($"non-integer {what} for randrange()");
    }

    private static List<Value> Sample(PyRandom random, Value population, Value k, Value counts)
    {
        if (population.Ref is not (PyList or PyTuple or PyStr or PyRange or PyBytes or PyByteArray))
        {
            throw PyErrors.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }

        var n = BuiltinFunctions.Length(population);
        if (counts.IsBound && !counts.IsNone)
        {
            return SampleWithCounts(random, population, n, k, counts);
        }

        var size = ArgumentCheck.Index(k);
        if (size < 0 || size > n)
        {
            throw PyErrors.ValueError("Sample larger than population or is negative");
        }

        var result = new List<Value>((int)size);
        var setSize = 21L;
        if (size > 5)
        {
            setSize += (long)Math.Pow(4, Math.Ceiling(Math.Log(size * 3) / Math.Log(4)));
        }

        if (n <= setSize)
        {
            var pool = Iteration.ToList(population);
            for (var i = 0; i < size; i++)
            {
                var j = (int)Below(random, n - i);
                result.Add(pool[j]);
                pool[j] = pool[(int)(n - i - 1)];
            }

            return result;
        }

        var selected = new HashSet<BigInteger>();
        for (var i = 0; i < size; i++)
        {
            var j = Below(random, n);
            while (!selected.Add(j))
            {
                j = Below(random, n);
            }

            result.Add(Subscripts.GetItem(population, Value.FromBigInteger(j)));
        }

        return result;
    }

    private static List<Value> SampleWithCounts(PyRandom random, Value population, long n, Value k, Value counts)
    {
        var cumulative = Accumulate(counts);
        if (cumulative.Count != n)
        {
            throw PyErrors.ValueError("The number of counts does not match the population");
        }

        var total = cumulative[^1];
        cumulative.RemoveAt(cumulative.Count - 1);
        if (!Numbers.TryGetBigInteger(total, out var totalCount))
        {
            throw PyErrors.TypeError("Counts must be integers");
        }

        if (totalCount <= 0)
        {
            throw PyErrors.ValueError("Total of counts must be greater than zero");
        }

        var selections = Sample(random, Value.FromObject(new PyRange(0, totalCount, 1)), k, default);
        return [.. selections.Select(s => Subscripts.GetItem(population, Value.FromInt(BisectRight(cumulative, s, 0, cumulative.Count))))];
    }

    private static List<Value> Choices(PyRandom random, Value population, Value weights, Value cumulativeWeights, Value k)
    {
        var n = BuiltinFunctions.Length(population);
        var count = k.IsBound ? ArgumentCheck.Index(k) : 1;
        var result = new List<Value>();
        List<Value> cumulative;
        if (!cumulativeWeights.IsBound || cumulativeWeights.IsNone)
        {
            if (!weights.IsBound || weights.IsNone)
            {
                for (var i = 0; i < count; i++)
                {
                    var index = (long)Math.Floor(random.Generator.NextDouble() * n);
                    result.Add(Subscripts.GetItem(population, Value.FromInt(index)));
                }

                return result;
            }

            if (Iteration.TryGetIterator(weights) is null && Numbers.IsInteger(weights))
            {
                throw PyErrors.TypeError($"The number of choices must be a keyword argument: k={Repr.Of(weights)}");
            }

            cumulative = Accumulate(weights);
        }
        else if (weights.IsBound && !weights.IsNone)
        {
            throw PyErrors.TypeError("Cannot specify both weights and cumulative weights");
        }
        else
        {
            cumulative = Iteration.ToList(cumulativeWeights);
        }

        if (cumulative.Count != n)
        {
            throw PyErrors.ValueError("The number of weights does not match the population");
        }

        var total = Arithmetic.Binary(BinaryOperator.Add, cumulative[^1], Value.FromFloat(0.0));
        var totalValue = total.IsFloat ? total.AsFloat : double.NaN;
        if (totalValue <= 0.0)
        {
            throw PyErrors.ValueError("Total of weights must be greater than zero");
        }

        if (!double.IsFinite(totalValue))
        {
            throw PyErrors.ValueError("Total of weights must be finite");
        }

        for (var i = 0; i < count; i++)
        {
            var point = Value.FromFloat(random.Generator.NextDouble() * totalValue);
            result.Add(Subscripts.GetItem(population, Value.FromInt(BisectRight(cumulative, point, 0, (int)n - 1))));
        }

        return result;
    }

    /// <summary><c>itertools.accumulate</c> with <c>+</c>: the running totals of an iterable.</summary>
    private static List<Value> Accumulate(Value iterable)
    {
        var totals = new List<Value>();
        foreach (var item in Iteration.ToList(iterable))
        {
            totals.Add(totals.Count == 0 ? item : Arithmetic.Binary(BinaryOperator.Add, totals[^1], item));
        }

        return totals;
    }

    private static int BisectRight(List<Value> sorted, Value item, int low, int high)
    {
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Comparison.CompareToBool(item, sorted[middle], CompareOperator.Lt))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}

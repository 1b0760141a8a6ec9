using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins.Consumers;

/// <summary><c>sum(iterable, start=0)</c>: adds each item to the running total, small ints inline.</summary>
internal sealed class SumConsumer(Value start) : ItemConsumer
{
    private Value _total = start;

    public static ItemConsumer Create(Interpreter vm, CallArgs args, out Value iterable)
    {
        var start = Value.FromInt(0);
        if (args.TryGetKeyword("start", out var startKeyword))
        {
            start = startKeyword;
        }
        else if (args.KeywordCount > 0)
        {
            throw PyErrors.TypeError($"sum() got an unexpected keyword argument '{args.KeywordNames![0]}'");
        }

        if (args.Count is < 1 or > 2)
        {
            throw PyErrors.TypeError(args.Count == 0
                ? "sum() takes at least 1 positional argument (0 given)"
                : $"sum() takes at most 2 arguments ({args.Count} given)");
        }

        if (args.Count == 2)
        {
            start = args[1];
        }

        if (start.Ref is PyStr)
        {
            throw PyErrors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }

        if (start.Ref is PyBytes)
        {
            throw PyErrors.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }

        iterable = args[0];
        return new SumConsumer(start);
    }

    public override bool Accept(Value item)
    {
        if (!TryAcceptQuietly(item, out _))
        {
            _total = Arithmetic.Binary(BinaryOperator.Add, _total, item);
        }

        return true;
    }

    /// <summary>Two small ints whose sum fits, or two floats.</summary>
    public override bool TryAcceptQuietly(Value item, out bool more)
    {
        more = true;
        if (_total.IsInt && item.IsInt)
        {
            var x = _total.AsInt;
            var y = item.AsInt;
            var sum = x + y;
            if (((x ^ sum) & (y ^ sum)) >= 0)
            {
                _total = Value.FromInt(sum);
                return true;
            }
        }
        else if (_total.IsFloat && item.IsFloat)
        {
            _total = Value.FromFloat(_total.AsFloat + item.AsFloat);
            return true;
        }

        return false;
    }

    public override Value Finish() => _total;
}

using Viper.Frontend.Ast;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins.Consumers;

/// <summary>
/// <c>min</c> and <c>max</c>: one item at a time, as CPython does, so the key function and the
/// comparisons run between the iterable's steps and an error stops the iteration where it happens.
/// </summary>
internal sealed class ExtremeConsumer(Interpreter vm, string name, CompareOperator better, Value key, Value fallback) : ItemConsumer
{
    private readonly bool _hasKey = key.IsBound && !key.IsNone;
    private Value _best;
    private Value _bestKey;

    public static ItemConsumer CreateMin(Interpreter vm, CallArgs args, out Value iterable) =>
        Create(vm, args, "min", CompareOperator.Lt, out iterable);

    public static ItemConsumer CreateMax(Interpreter vm, CallArgs args, out Value iterable) =>
        Create(vm, args, "max", CompareOperator.Gt, out iterable);

    private static ExtremeConsumer Create(Interpreter vm, CallArgs args, string name, CompareOperator better, out Value iterable)
    {
        Value key = default;
        Value fallback = default;
        if (args.Count == 0)
        {
            throw PyErrors.TypeError($"{name} expected at least 1 argument, got 0");
        }

        if (args.KeywordNames is not null)
        {
            for (var i = 0; i < args.KeywordNames.Length; i++)
            {
                switch (args.KeywordNames[i])
                {
                    case "key":
                        key = args.All[args.Count + i];
                        break;
                    case "default":
                        fallback = args.All[args.Count + i];
                        break;
                    default:
                        throw PyErrors.TypeError($"'{args.KeywordNames[i]}' is an invalid keyword argument for {name}()");
                }
            }
        }

        if (args.Count > 1 && fallback.IsBound)
        {
            throw PyErrors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }

        iterable = args.Count == 1 ? args[0] : default;
        return new ExtremeConsumer(vm, name, better, key, fallback);
    }

    public override bool Accept(Value item)
    {
        var itemKey = _hasKey ? vm.Call(key, [item]) : item;
        if (!_best.IsBound || Comparison.CompareToBool(itemKey, _bestKey, better))
        {
            _best = item;
            _bestKey = itemKey;
        }

        return true;
    }

    /// <summary>Without a key function, two small ints or two floats compare inline.</summary>
    public override bool TryAcceptQuietly(Value item, out bool more)
    {
        more = true;
        if (_hasKey)
        {
            return false;
        }

        if (!_best.IsBound)
        {
            if (!item.IsInt && !item.IsFloat)
            {
                return false;
            }

            _best = _bestKey = item;
            return true;
        }

        bool wins;
        if (_best.IsInt && item.IsInt)
        {
            wins = better == CompareOperator.Lt ? item.AsInt < _best.AsInt : item.AsInt > _best.AsInt;
        }
        else if (_best.IsFloat && item.IsFloat && !double.IsNaN(item.AsFloat) && !double.IsNaN(_best.AsFloat))
        {
            wins = better == CompareOperator.Lt ? item.AsFloat < _best.AsFloat : item.AsFloat > _best.AsFloat;
        }
        else
        {
            return false;
        }

        if (wins)
        {
            _best = _bestKey = item;
        }

        return true;
    }

    public override Value Finish()
    {
        if (!_best.IsBound)
        {
            return fallback.IsBound ? fallback : throw PyErrors.ValueError($"{name}() arg is an empty sequence");
        }

        return _best;
    }
}

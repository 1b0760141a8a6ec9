using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins.Consumers;

/// <summary><c>any</c> (stops at the first true item) and <c>all</c> (at the first false one).</summary>
internal sealed class TruthConsumer(bool stopAt) : ItemConsumer
{
    private bool _stopped;

    public static ItemConsumer CreateAny(Interpreter vm, CallArgs args, out Value iterable) => Create(args, "any", true, out iterable);

    public static ItemConsumer CreateAll(Interpreter vm, CallArgs args, out Value iterable) => Create(args, "all", false, out iterable);

    private static TruthConsumer Create(CallArgs args, string name, bool stopAt, out Value iterable)
    {
        ArgumentCheck.Exactly(args, name, 1);
        iterable = args[0];
        return new TruthConsumer(stopAt);
    }

    public override bool Accept(Value item)
    {
        _stopped = Truth.IsTrue(item) == stopAt;
        return !_stopped;
    }

    /// <summary>The truth of a builtin type's value runs no Python code.</summary>
    public override bool TryAcceptQuietly(Value item, out bool more)
    {
        if (SpecialMethods.IsUserObject(item))
        {
            more = true;
            return false;
        }

        more = Accept(item);
        return true;
    }

    public override Value Finish() => Value.FromBool(_stopped == stopAt);
}

using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>The results of long entries (see <see cref="LongEntry"/>) on their rarer ways.</summary>
internal static partial class JitRuntime
{
    /// <summary>A long entry's return of a value: a small int as itself, anything else left in the closure.</summary>
    public static long ReturnAsLong(JitClosure closure, Value result)
    {
        if (result.IsInt && result.Bits != LongEntry.NotSmallInt)
        {
            return result.Bits;
        }

        closure.BoxedResult = result;
        return LongEntry.NotSmallInt;
    }

    /// <summary>A long entry's return of the one int that reads as <see cref="LongEntry.NotSmallInt"/>.</summary>
    public static long ReturnNotSmallInt(JitClosure closure)
    {
        closure.BoxedResult = Value.FromInt(LongEntry.NotSmallInt);
        return LongEntry.NotSmallInt;
    }

    /// <summary>The value a long entry returned as <see cref="LongEntry.NotSmallInt"/>, taken out of its closure (which then holds nothing alive).</summary>
    public static Value TakeBoxedResult(JitClosure callee)
    {
        var result = callee.BoxedResult;
        callee.BoxedResult = default;
        return result;
    }

    /// <summary>A long entry's result as a value, for a caller that keeps it boxed.</summary>
    public static Value LongResultValue(JitClosure callee, long result) =>
        result == LongEntry.NotSmallInt ? TakeBoxedResult(callee) : Value.FromInt(result);
}

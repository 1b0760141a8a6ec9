namespace Viper.IlJit.Lowering;

/// <summary>
/// What the straight-line code before an instruction established about the int in one slot: it
/// lies in <c>[Low, High]</c> (a constant has <c>Low == High</c>). A fact lasts until the slot is
/// written or a label is reached (code that other paths enter), which keeps the reasoning local:
/// no dataflow over the body is needed for the common shapes it serves, <c>x % 7</c> (the constant
/// loaded just before the operation) and <c>total += x % 7</c> (an operand known to be small and
/// non-negative, whose add needs a cheaper overflow check). A class, not a struct: lowering keeps
/// them in a dictionary, and framework code over a struct is JIT-compiled at its first use in every
/// process and never optimized.
/// </summary>
internal sealed record StraightLineFact(int Slot, long Low, long High)
{
    public bool IsConstant => Low == High;

    public bool NonNegative => Low >= 0;

    public bool NonPositive => High <= 0;

    /// <summary>The interval of <c>x * factor</c> when it fits in 64 bits, else null.</summary>
    public (long Low, long High)? Times(long factor)
    {
        var a = (Int128)Low * factor;
        var b = (Int128)High * factor;
        var (low, high) = a <= b ? (a, b) : (b, a);
        return low >= long.MinValue && high <= long.MaxValue ? ((long)low, (long)high) : null;
    }
}

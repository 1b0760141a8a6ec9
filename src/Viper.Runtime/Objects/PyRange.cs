using System.Numerics;

namespace Viper.Runtime.Objects;

/// <summary>
/// A lazy <c>range(start, stop, step)</c>. Bounds are exact ints of any size (<c>range(10**20)</c> is
/// legal); <see cref="IsSmall"/> ranges, whose every item and length fit in 64 bits, iterate on
/// plain longs.
/// </summary>
public sealed class PyRange : PyObject
{
    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
        : base(PyType.Range)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = step > 0
            ? (start < stop ? ((stop - start - 1) / step) + 1 : 0)
            : (start > stop ? ((start - stop - 1) / -step) + 1 : 0);
        IsSmall = Fits(start) && Fits(stop) && Fits(step) && Fits(Length) && Fits(start + (Length * step));
    }

    /// <summary>
    /// <c>range()</c> of small ints (<c>range(len(items))</c> in a generator made a million times):
    /// the length in 64-bit arithmetic, since the BigInteger divisions and compares of the general
    /// constructor cost more than the rest of the call.
    /// </summary>
    public static PyRange OfSmall(long start, long stop, long step)
    {
        // The distance and the step's magnitude as unsigned: both fit in 64 bits even between the extremes of long.
        var length = unchecked(step > 0
            ? (start < stop ? (((ulong)(stop - start) - 1) / (ulong)step) + 1 : 0UL)
            : (start > stop ? (((ulong)(start - stop) - 1) / ((ulong)(-(step + 1)) + 1)) + 1 : 0UL));
        return new PyRange(start, stop, step, length, length <= long.MaxValue && PastLastFits(start, step, length));
    }

    /// <summary>Whether <c>start + length * step</c> (where iteration stops) fits in a long, as <see cref="IsSmall"/> requires.</summary>
    private static bool PastLastFits(long start, long step, ulong length)
    {
        if (length == 0)
        {
            return true;
        }

        // The last item lies between start and stop, so wrapping arithmetic computes it exactly.
        var last = unchecked(start + ((long)(length - 1) * step));
        var pastLast = unchecked(last + step);
        return step > 0 ? pastLast > last : pastLast < last;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length, bool isSmall)
        : base(PyType.Range)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = length;
        IsSmall = isSmall;
    }

    public BigInteger Start { get; }

    public BigInteger Stop { get; }

    public BigInteger Step { get; }

    public BigInteger Length { get; }

    public bool IsSmall { get; }

    public BigInteger ItemAt(BigInteger index) => Start + (index * Step);

    private static bool Fits(BigInteger value) => value >= long.MinValue && value <= long.MaxValue;
}

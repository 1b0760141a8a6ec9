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

    public BigInteger Start { get; }

    public BigInteger Stop { get; }

    public BigInteger Step { get; }

    public BigInteger Length { get; }

    public bool IsSmall { get; }

    public BigInteger ItemAt(BigInteger index) => Start + (index * Step);

    private static bool Fits(BigInteger value) => value >= long.MinValue && value <= long.MaxValue;
}

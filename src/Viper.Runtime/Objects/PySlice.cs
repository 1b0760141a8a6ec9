using System.Numerics;
using Viper.Runtime.Errors;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Objects;

/// <summary>
/// A <c>slice(start, stop, step)</c>, as <c>xs[a:b:c]</c> builds it. The parts are kept as given
/// (any object, None for absent); <see cref="Resolve"/> turns them into indices for one length.
/// </summary>
public sealed class PySlice(Value start, Value stop, Value step) : PyObject(PyType.Slice)
{
    public Value Start { get; } = start;

    public Value Stop { get; } = stop;

    public Value Step { get; } = step;

    /// <summary>
    /// The first index, the step and the number of items this slice selects from a sequence of
    /// <paramref name="length"/> items, clamped as CPython clamps them (indices past either end
    /// stop there; negative ones count from the end).
    /// </summary>
    public (long Start, long Step, long Count) Resolve(long length)
    {
        var (start, _, step, count) = Indices(length);
        return (start, step, count);
    }

    /// <summary><c>slice.indices(length)</c>: the clamped start, stop and step, and the item count.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        var step = Step.IsNone ? 1 : Bound(Step);
        if (step == 0)
        {
            throw PyErrors.ValueError("slice step cannot be zero");
        }

        var start = Start.IsNone ? (step < 0 ? long.MaxValue : 0) : Bound(Start);
        var stop = Stop.IsNone ? (step < 0 ? long.MinValue : long.MaxValue) : Bound(Stop);
        start = Adjust(start, length, step);
        stop = Adjust(stop, length, step);
        var count = step < 0
            ? (stop < start ? ((start - stop - 1) / -step) + 1 : 0)
            : (start < stop ? ((stop - start - 1) / step) + 1 : 0);
        return (start, stop, step, count);
    }

    private static long Adjust(long index, long length, long step)
    {
        if (index < 0)
        {
            index += length;
            return index < 0 ? (step < 0 ? -1 : 0) : index;
        }

        return index >= length ? (step < 0 ? length - 1 : length) : index;
    }

    /// <summary>A bound as a clamped index; a small int without going through BigInteger (<c>items[:i]</c> in a loop).</summary>
    private static long Bound(Value part) => part.IsInt ? Math.Max(part.AsInt, -long.MaxValue) : Clamp(Part(part));

    private static BigInteger Part(Value part) =>
        Numbers.TryGetIndexInteger(part, out var value)
            ? value
            : throw PyErrors.TypeError("slice indices must be integers or None or have an __index__ method");

    /// <summary>Big bounds behave as the largest index of their sign, as CPython's ssize_t clamp does.</summary>
    private static long Clamp(BigInteger value) =>
        value > long.MaxValue ? long.MaxValue : value < -long.MaxValue ? -long.MaxValue : (long)value;
}

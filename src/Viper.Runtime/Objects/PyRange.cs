namespace Viper.Runtime.Objects;

/// <summary>A lazy <c>range(start, stop, step)</c> over 64-bit ints.</summary>
public sealed class PyRange(long start, long stop, long step) : PyObject(PyType.Range)
{
    public long Start { get; } = start;

    public long Stop { get; } = stop;

    public long Step { get; } = step;

    public long Length
    {
        get
        {
            if (Step > 0)
            {
                return Start < Stop ? (long)(((Int128)Stop - Start - 1) / Step) + 1 : 0;
            }

            return Start > Stop ? (long)(((Int128)Start - Stop - 1) / -(Int128)Step) + 1 : 0;
        }
    }

    public long ItemAt(long index) => Start + (index * Step);
}

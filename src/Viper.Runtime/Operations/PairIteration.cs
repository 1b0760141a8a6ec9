using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Operations;

/// <summary>What <see cref="PairIteration.TryNextPair"/> did.</summary>
public enum PairStep
{
    /// <summary>The iterator makes no pairs; the caller takes its ordinary path.</summary>
    NotPairs = -1,

    /// <summary>The iterator is exhausted.</summary>
    Exhausted = 0,

    /// <summary>The next pair is in the out parameters.</summary>
    Pair = 1,
}

/// <summary>
/// The iterators that make a two-item tuple per step (<c>enumerate(xs)</c>, <c>zip(xs, ys)</c>,
/// <c>d.items()</c>), stepped without the tuple, for a loop that unpacks each item at once
/// (<c>for i, x in enumerate(xs)</c>): no one else could see the tuple, so it need not be made.
/// </summary>
public static class PairIteration
{
    /// <summary>
    /// Steps <paramref name="iterator"/> as its <see cref="PyIterator.TryNext"/> would, raising
    /// what it would raise, and hands over the two items the tuple would have held.
    /// </summary>
    public static PairStep TryNextPair(object? iterator, out Value first, out Value second)
    {
        switch (iterator)
        {
            case PyEnumerate enumerate:
                return Step(enumerate.TryNextPair(out first, out second));
            case PyDictIterator { IteratesItems: true } items:
                return Step(items.TryNextPair(out first, out second));
            case PyZip { Width: 2 } zip:
                return Step(zip.TryNextPair(out first, out second));
            default:
                first = default;
                second = default;
                return PairStep.NotPairs;
        }
    }

    private static PairStep Step(bool hasPair) => hasPair ? PairStep.Pair : PairStep.Exhausted;
}

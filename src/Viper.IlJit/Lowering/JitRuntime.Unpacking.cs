using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

internal static partial class JitRuntime
{
    /// <summary>UNPACK_STARRED (<c>first, *rest = items</c>): the targets' values, in a new array.</summary>
    public static Value[] UnpackStarred(Value source, int count, int star) => Interpreter.UnpackStarredItems(source, count, star);

    /// <summary>
    /// FOR_ITER whose item the loop's first instruction unpacks into two slots
    /// (<c>for i, x in enumerate(xs)</c>, <c>for a, b in zip(xs, ys)</c>, <c>for k, v in d.items()</c>):
    /// the iterators of pairs hand the items over in <paramref name="items"/> (the closure's scratch array,
    /// which the compiled code copies into its locals before anything else runs) instead of making a
    /// tuple that only the unpacking would see. Any other iterator (a zip of another width too) is
    /// <see cref="PairStep.NotPairs"/>: the ordinary FOR_ITER and UNPACK_SEQUENCE run, with their errors.
    /// </summary>
    public static int TryNextUnpacked(JitClosure closure, Value iterator, out Value[] items)
    {
        // The items are copied into the scratch array only after the step: stepping an iterator may
        // run Python code that enters this function again and uses the same array.
        var step = PairIteration.TryNextPair(iterator.Ref, out var first, out var second);
        items = step == PairStep.Pair ? ScratchPair(closure, first, second) : null!;
        return (int)step;
    }

    private static Value[] ScratchPair(JitClosure closure, Value first, Value second)
    {
        if (closure.Scratch.Length < 2)
        {
            closure.Scratch = new Value[2];
        }

        // A loop's pairs usually keep their kinds (an int index and a float, say): the reference
        // fields then stay as they are and only the payloads are written, without write barriers.
        var items = closure.Scratch;
        Value.Store(ref items[0], first);
        Value.Store(ref items[1], second);
        return items;
    }
}

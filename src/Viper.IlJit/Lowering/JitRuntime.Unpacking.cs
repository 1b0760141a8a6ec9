using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

internal static partial class JitRuntime
{
    /// <summary>UNPACK_STARRED (<c>first, *rest = items</c>): the targets' values, in a new array.</summary>
    public static Value[] UnpackStarred(Value source, int count, int star) => Interpreter.UnpackStarredItems(source, count, star);

    /// <summary>What <see cref="TryNextUnpacked"/> answers.</summary>
    public const int UnpackedItems = 1, UnpackedExhausted = 0, UnpackedNotTaken = -1;

    /// <summary>
    /// FOR_ITER whose item the loop's first instruction unpacks into two slots
    /// (<c>for i, x in enumerate(xs)</c>, <c>for a, b in zip(xs, ys)</c>, <c>for k, v in d.items()</c>):
    /// these iterators of pairs hand the items over in <paramref name="items"/> (the closure's scratch array,
    /// which the compiled code copies into its locals before anything else runs) instead of making a
    /// tuple that only the unpacking would see. Any other iterator (a zip of another width too) is not
    /// taken: the ordinary FOR_ITER and UNPACK_SEQUENCE run, with their errors.
    /// </summary>
    public static int TryNextUnpacked(JitClosure closure, Value iterator, out Value[] items)
    {
        // The items are gathered first and copied into the scratch array last: stepping an iterator
        // may run Python code that enters this function again and uses the same array.
        items = null!;
        switch (iterator.Ref)
        {
            case PyEnumerate enumerate:
                {
                    if (!enumerate.TryNextPair(out var index, out var item))
                    {
                        return UnpackedExhausted;
                    }

                    items = ScratchPair(closure, index, item);
                    return UnpackedItems;
                }

            case PyDictIterator { IteratesItems: true } dict:
                {
                    if (!dict.TryNextPair(out var key, out var value))
                    {
                        return UnpackedExhausted;
                    }

                    items = ScratchPair(closure, key, value);
                    return UnpackedItems;
                }

            case PyZip { Width: 2 } zip:
                {
                    if (!zip.TryNextPair(out var first, out var second))
                    {
                        return UnpackedExhausted;
                    }

                    items = ScratchPair(closure, first, second);
                    return UnpackedItems;
                }

            default:
                return UnpackedNotTaken;
        }
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

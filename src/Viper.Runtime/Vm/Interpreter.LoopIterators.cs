using Viper.Bytecode.Instructions;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The iterators a <c>for</c> loop makes over an exact list or tuple, reused: the one a loop ran to
/// its end is the next loop's. Such an iterator lives only in the loop's own slot (no Python code
/// can name it), so once exhausted nothing reads it again. Loops in the CIL tier use this; an inner
/// loop over a short tuple otherwise allocated an iterator per pass of its outer loop. The VM does
/// not: there it made spectral_norm's inner loop slower (docs/performance.md, 2026-12-05).
/// </summary>
public sealed partial class Interpreter
{
    private PyListIterator? _spareListIterator;
    private PyArrayIterator? _spareTupleIterator;

    /// <summary>
    /// Whether the GET_ITER at <paramref name="pc"/> makes a <c>for</c> loop's own iterator: one the
    /// FOR_ITER right after it steps, which no other instruction reads (a comprehension's iterator
    /// is passed to its function, <c>yield from</c>'s is exposed as <c>gi_yieldfrom</c>).
    /// </summary>
    public static bool StartsLoop(int[] instructions, int pc)
    {
        var next = pc + InstructionSet.LengthOf(Opcode.GetIter);
        return (Opcode)instructions[next] is Opcode.ForIter or Opcode.ForIterBack && instructions[next + 1] == instructions[pc + 1];
    }

    /// <summary>GET_ITER of a loop: as <see cref="Iteration.GetIterator"/>, with a spare iterator for an exact list or tuple.</summary>
    public PyIterator GetLoopIterator(Value iterable)
    {
        switch (iterable.Ref)
        {
            case PyTuple { Type.IsBuiltin: true } tuple:
                if (_spareTupleIterator is { } spareTuple)
                {
                    _spareTupleIterator = null;
                    spareTuple.Restart(tuple.Items);
                    return spareTuple;
                }

                return new PyArrayIterator(tuple.Items, PyArrayIterator.TupleIteratorType) { IsLoopOwned = true };
            case PyList { Type.IsBuiltin: true } list:
                if (_spareListIterator is { } spareList)
                {
                    _spareListIterator = null;
                    spareList.Restart(list);
                    return spareList;
                }

                return new PyListIterator(list) { IsLoopOwned = true };
            default:
                return Iteration.GetIterator(iterable);
        }
    }

    /// <summary>A loop's iterator that has just run out: kept for the next loop if <see cref="GetLoopIterator"/> made it.</summary>
    public void LoopFinished(object? iterator)
    {
        switch (iterator)
        {
            case PyArrayIterator { IsLoopOwned: true } tuple:
                tuple.Release();
                _spareTupleIterator = tuple;
                break;
            case PyListIterator { IsLoopOwned: true } list:
                list.Release();
                _spareListIterator = list;
                break;
        }
    }
}

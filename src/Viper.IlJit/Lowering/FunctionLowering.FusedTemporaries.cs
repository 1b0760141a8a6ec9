using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A one-item tuple or a slice made only for the next instruction: <c>(head,) + tail</c>,
/// <c>tail + (item,)</c>, <c>items[a:b]</c>. The compiler puts it in a temporary that the next
/// instruction alone reads, so it is garbage as soon as that instruction has run: a recursive
/// generator that yields <c>(items[i],) + tail</c> made a one-item tuple and its array per item,
/// and every slice a slice object. When nothing jumps to the next instruction and nothing reads
/// the temporary after it, the pair is lowered as one helper call that takes the parts instead of
/// the object; the helper makes the object after all, and does what the next instruction does
/// with it, for every operand it has no fast path for.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The instruction the one before it already lowered, together with itself; -1 when none.</summary>
    private int _fusedNext = -1;

    /// <summary>
    /// The offset of the instruction after the one at <paramref name="pc"/>, when that next
    /// instruction can only be reached from it and is the last to read the temporary it writes.
    /// </summary>
    private bool ConsumedByNext(int pc, out int next)
    {
        var words = _code.Instructions;
        next = pc + InstructionSet.LengthOf((Opcode)words[pc]);
        if (Operand(pc, 0) < _code.LocalCount || next >= words.Length || _labels.ContainsKey(next)
            || _code.HandlerAt(next) is not null)
        {
            return false;
        }

        _liveIn ??= Liveness.LiveIn(_code, _splitting);
        var after = next + InstructionSet.LengthOf((Opcode)words[next]);
        return !(_liveIn.TryGetValue(after, out var live) && live[Out(pc, 0)]);
    }

    /// <summary>BUILD_TUPLE of one item whose tuple the next ADD or INPLACE_ADD concatenates with another operand; false, with nothing emitted, otherwise.</summary>
    private bool TryEmitTupleConcatenation(int pc)
    {
        if (Operand(pc, 2) != 1 || !ConsumedByNext(pc, out var next))
        {
            return false;
        }

        var opcode = (Opcode)_code.Instructions[next];
        if (opcode is not (Opcode.Add or Opcode.InplaceAdd))
        {
            return false;
        }

        var tuple = Out(pc, 0);
        var left = In(next, 1);
        var right = In(next, 2);
        var prepends = opcode == Opcode.Add && left == tuple && right != tuple;
        var appends = right == tuple && left != tuple;
        if (!(prepends || appends) || IsInt(Out(next, 0)))
        {
            return false;
        }

        SetPc(next);
        if (prepends)
        {
            LoadValue(In(pc, 1));
            LoadChecked(right, next);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.PrependToTuple)));
        }
        else
        {
            LoadChecked(left, next);
            LoadValue(In(pc, 1));
            _il.LdcI4(opcode == Opcode.InplaceAdd ? 1 : 0);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.AppendToTuple)));
        }

        StoreValue(Out(next, 0));
        _fusedNext = next;
        return true;
    }

    /// <summary>BUILD_SLICE whose slice the next GET_ITEM takes; false, with nothing emitted, otherwise.</summary>
    private bool TryEmitSliceItem(int pc)
    {
        if (!ConsumedByNext(pc, out var next) || (Opcode)_code.Instructions[next] != Opcode.GetItem)
        {
            return false;
        }

        var slice = Out(pc, 0);
        var container = In(next, 1);
        if (In(next, 2) != slice || container == slice || IsInt(Out(next, 0)))
        {
            return false;
        }

        SetPc(next);
        LoadChecked(container, next);
        LoadChecked(In(pc, 1), pc);
        LoadChecked(In(pc, 2), pc);
        LoadChecked(In(pc, 3), pc);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.GetSlice)));
        StoreValue(Out(next, 0));
        _fusedNext = next;
        return true;
    }
}

using System.Reflection.Emit;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;
using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The specialized version of a body: <see cref="IntSlots"/> live in <c>long</c> locals and range
/// loops step counters in locals. It is emitted before the generic version in the same method; a
/// guard that fails (a parameter that is not an int, an overflow, an iterable that is not a range)
/// deoptimizes: the ints are boxed into the generic version's locals, a range's position is written
/// back into its iterator, and execution continues in the generic version at the same instruction,
/// which redoes it on values. Nothing before the guard has had an effect, so nothing runs twice.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The unboxed float locals of the version being emitted.</summary>
    private IlLocal?[] _floats => _specialized ? _currentLoop?.Locals.Floats ?? _specializedFloats : _genericFloats;

    /// <summary>The int locals of the specialized version where it is being emitted (a loop's own inside it).</summary>
    private IlLocal?[] _ints => _currentLoop?.Locals.Ints ?? _specializedInts;

    /// <summary>The range locals of the specialized version where it is being emitted (a loop's own inside it).</summary>
    private RangeLocals?[] _rangeLocals => _currentLoop?.Locals.Ranges ?? _ranges;

    private bool IsInt(int slot) => _specialized && _ints[slot] is not null;

    private bool IsRange(int slot) => _specialized && _ranges[slot] is not null;

    /// <summary>Where the specialized version goes to continue at <paramref name="pc"/> in the generic one.</summary>
    private IlLabel Deopt(int pc)
    {
        if (!_deopts.TryGetValue(pc, out var label))
        {
            label = _il.DefineLabel();
            _deopts[pc] = label;
            _deoptLocals[pc] = new LoopLocals(_ints, _floats, _rangeLocals);
            _genericLabels.TryAdd(pc, _il.DefineLabel());
        }

        return label;
    }

    /// <summary>The specialized version's entry: int parameters must hold small ints, else the call runs generic.</summary>
    private void EmitParameterGuards(IlLabel generic)
    {
        for (var slot = 0; slot < _code.ParameterCount; slot++)
        {
            if (_ints[slot] is not null)
            {
                UnboxInt(slot, generic, allowUnbound: false);
            }
        }
    }

    /// <summary>Moves a slot's boxed value into its <c>long</c> local, or branches to <paramref name="otherwise"/> if it is not an inline int.</summary>
    private void UnboxInt(int slot, IlLabel otherwise, bool allowUnbound)
    {
        var value = _slots[slot]!;
        var done = _il.DefineLabel();
        if (allowUnbound)
        {
            _il.Ldloca(value);
            _il.Ldfld(RuntimeMembers.ValueRef);
            _il.Branch(OpCodes.Brfalse, done);
        }

        _il.Ldloca(value);
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Ldsfld(RuntimeMembers.IntTag);
        _il.CompareBranch(OpCodes.Bne_Un, otherwise);
        _il.Ldloca(value);
        _il.Ldfld(RuntimeMembers.ValueBits);
        _il.Stloc(_ints[slot]!);
        if (_intSlots.NonNegative[slot])
        {
            // The VM's frame at on-stack replacement may have run a rebound range.
            _il.Ldloc(_ints[slot]!);
            _il.LdcI8(0);
            _il.CompareBranch(OpCodes.Blt, otherwise);
        }

        _il.MarkLabel(done);
    }

    /// <summary>Copies the position of the range iterator in a slot into its locals, or branches to <paramref name="otherwise"/> if it holds another iterator.</summary>
    private void UnboxRange(int slot, IlLabel otherwise, bool allowUnbound)
    {
        var value = _slots[slot]!;
        var locals = _rangeLocals[slot]!;
        var range = RangeIterator();
        var done = _il.DefineLabel();
        if (allowUnbound)
        {
            _il.Ldloca(value);
            _il.Ldfld(RuntimeMembers.ValueRef);
            _il.Branch(OpCodes.Brfalse, done);
        }

        // Every check comes before the locals change: a deoptimization writes them back into the
        // iterator they hold, which must not be this one until its end is computed.
        CastReference(value, range, otherwise);
        _il.Ldloc(range);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CountsInLong)));
        _il.Branch(OpCodes.Brfalse, otherwise);
        if (_intSlots.CountingUp[slot])
        {
            // Its items are taken to be non-negative: a rebound range may not count up from zero.
            _il.Ldloc(range);
            _il.Ldfld(RuntimeMembers.RangeNext);
            _il.LdcI8(0);
            _il.CompareBranch(OpCodes.Blt, otherwise);
            _il.Ldloc(range);
            _il.Ldfld(RuntimeMembers.RangeStep);
            _il.LdcI8(0);
            _il.CompareBranch(OpCodes.Ble, otherwise);
        }

        _il.Ldloc(range);
        _il.Stloc(locals.Iterator);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeNext);
        _il.Stloc(locals.Next);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeStep);
        _il.Stloc(locals.Step);
        _il.Ldloc(locals.Next);
        _il.Ldloc(range);
        _il.Ldfld(RuntimeMembers.RangeRemaining);
        _il.Ldloc(locals.Step);
        _il.Arithmetic(OpCodes.Mul);
        _il.Arithmetic(OpCodes.Add);
        _il.Stloc(locals.End);
        _il.MarkLabel(done);
    }

    private IlLocal RangeIterator() => _range ??= _il.DeclareLocal(typeof(PyRangeIterator), "range");

    /// <summary>
    /// The deoptimization exits, one per instruction that can leave: each boxes the ints and writes
    /// back the range positions that the generic version may still read from that instruction on,
    /// and jumps to the generic version's label for it.
    /// </summary>
    private void EmitDeoptimizations()
    {
        if (_deopts.Count == 0 && _resultDeopts.Count == 0 && _returnNotSmallInt is null)
        {
            return;
        }

        var liveIn = Liveness.LiveIn(_code, _splitting);
        foreach (var (pc, label) in _deopts)
        {
            _il.MarkLabel(label);
            BoxLiveSlots(liveIn[pc], _deoptLocals[pc], except: -1);
            _il.Branch(OpCodes.Br, _genericLabels[pc]);
        }

        EmitLongCallExits(liveIn);
    }

    /// <summary>Boxes the ints and writes back the range positions of the <paramref name="live"/> slots but <paramref name="except"/> into the generic version's locals.</summary>
    private void BoxLiveSlots(bool[] live, LoopLocals locals, int except)
    {
        for (var slot = 0; slot < _splitting.SlotCount; slot++)
        {
            if (!live[slot] || slot == except)
            {
                continue;
            }

            if (locals.Ints[slot] is { } unboxed)
            {
                _il.Ldloc(unboxed);
                _il.Call(RuntimeMembers.FromInt);
                _il.Stloc(_slots[slot]!);
            }
            else if (locals.Floats[slot] is { } specialized)
            {
                _il.Ldloc(specialized);
                _il.Stloc(_genericFloats[slot]!);
            }
            else if (locals.Ranges[slot] is { } range)
            {
                WriteBackRange(slot, range);
            }
        }
    }

    /// <summary>A range's position back into the iterator the locals were taken from, if the slot still holds it.</summary>
    private void WriteBackRange(int slot, RangeLocals locals)
    {
        var next = _il.DefineLabel();
        _il.Ldloc(locals.Iterator);
        _il.Branch(OpCodes.Brfalse, next);
        _il.Ldloca(_slots[slot]!);
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Ldloc(locals.Iterator);
        _il.CompareBranch(OpCodes.Bne_Un, next);
        _il.Ldloc(locals.Iterator);
        _il.Ldloc(locals.Next);
        _il.Stfld(RuntimeMembers.RangeNext);
        _il.Ldloc(locals.Iterator);
        _il.Ldloc(locals.End);
        _il.Ldloc(locals.Next);
        _il.Arithmetic(OpCodes.Sub);
        _il.Ldloc(locals.Step);
        _il.Arithmetic(OpCodes.Div);
        _il.Stfld(RuntimeMembers.RangeRemaining);
        _il.MarkLabel(next);
    }

    /// <summary>GET_ITER into a range slot: the iterator as usual, then its position into locals; any other iterator deoptimizes to the FOR_ITER after.</summary>
    private void EmitRangeGetIter(int pc)
    {
        var dst = Out(pc, 0);
        SetPc(pc);
        LoadChecked(In(pc, 1), pc);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.GetIterator)));
        _il.Stloc(Boxed(dst));
        UnboxRange(dst, Deopt(pc + InstructionSet.Info(Opcode.GetIter).Length), allowUnbound: false);
    }

    /// <summary>FOR_ITER over a range slot: a counted loop on locals, the item an unboxed int where the target is one.</summary>
    private void EmitRangeForIter(int pc, bool back)
    {
        var locals = _rangeLocals[Out(pc, 0)]!;
        var target = Out(pc, 1);
        var next = _il.DefineLabel();
        var hasItem = back ? _labels[Operand(pc, 2)] : next;
        var exhausted = back ? next : _labels[Operand(pc, 2)];
        _il.Ldloc(locals.Next);
        _il.Ldloc(locals.End);
        _il.CompareBranch(OpCodes.Beq, exhausted);
        _il.Ldloc(locals.Next);
        StoreLong(target);

        _il.Ldloc(locals.Next);
        _il.Ldloc(locals.Step);
        _il.Arithmetic(OpCodes.Add);
        _il.Stloc(locals.Next);
        _il.Branch(OpCodes.Br, hasItem);
        _il.MarkLabel(next);
    }

    /// <summary>
    /// The locals a range loop's iterator is stepped in: the next item, the step, and the item one
    /// step past the last, so that the loop carries one variable (the iterator's remaining count is
    /// <c>(End - Next) / Step</c> when it is written back).
    /// </summary>
    private sealed record RangeLocals(IlLocal Iterator, IlLocal Next, IlLocal Step, IlLocal End);
}

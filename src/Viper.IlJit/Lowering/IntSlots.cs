using System.Numerics;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The slots the specialized version of a body keeps unboxed in <c>long</c> IL locals, and the
/// loop iterators it steps as counters. An int slot only ever receives an int from an instruction
/// that cannot produce anything else once its guards hold — an int constant, a copy of an int slot,
/// <c>+ - * // % &amp; | ^</c> of int slots and int constants (an overflow or a divisor the inline
/// path does not handle leaves the specialized version), the item of a range counter, the result
/// of a call of a compiled function's long entry with int arguments (a result that is not a small
/// int leaves the specialized version after the call) — or is a
/// parameter (checked at entry) that the body uses as an int; and it is assigned on every path
/// before each read. A range slot is a temporary that GET_ITER writes: while it holds a range
/// iterator, FOR_ITER steps its position in IL locals. Found as greatest fixed points, like
/// <see cref="FloatSlots"/>.
/// </summary>
internal sealed class IntSlots
{
    private IntSlots(bool[] ints, bool[] ranges, bool[] countingUp, bool[] nonNegative, bool pays)
    {
        Ints = ints;
        Ranges = ranges;
        CountingUp = countingUp;
        NonNegative = nonNegative;
        Pays = pays;
    }

    public bool[] Ints { get; }

    public bool[] Ranges { get; }

    /// <summary>
    /// Range slots whose every GET_ITER is a call of the global <c>range</c> that starts at a
    /// non-negative constant (<c>range(n)</c>, <c>range(1, n)</c>) and steps by a positive one:
    /// their items are never negative. The specialized version checks it where it takes such an
    /// iterator's position (a rebound <c>range</c> could return any range iterator) and leaves
    /// when it does not hold, which for the builtin never happens.
    /// </summary>
    public bool[] CountingUp { get; }

    /// <summary>Int slots (not parameters) assigned only the items of counting-up ranges: never negative in the specialized version.</summary>
    public bool[] NonNegative { get; }

    /// <summary>
    /// Whether a specialized version is worth emitting: some int slot is an operand of int
    /// arithmetic or a comparison, where keeping it in a <c>long</c> saves the tag checks and the
    /// boxing, or an innermost loop runs over <c>range(...)</c>, where the counter saves the
    /// iterator's updates in memory on every short iteration. An outer range loop's counter is
    /// nothing beside its body's work and does not pay for a second copy of the body, which costs
    /// compile time and, in .NET's JIT, twice the IL.
    /// </summary>
    public bool Pays { get; }

    /// <param name="longCalls">The CALL sites that can call a long entry (see <see cref="LongEntry"/>) when their arguments are int slots.</param>
    public static IntSlots Find(CodeObject code, TemporarySplitting splitting, bool[] floats, IReadOnlySet<int> longCalls)
    {
        // A generator is entered at its resume points with every slot boxed in its saved frame.
        if (code.Flags.HasFlag(CodeFlags.Generator))
        {
            var none = new bool[splitting.SlotCount];
            return new IntSlots(none, none, none, none, pays: false);
        }

        var words = code.Instructions;
        var offsets = code.InstructionOffsets().ToList();
        var ranges = FindRanges(code, splitting, floats, offsets);
        var isInt = new bool[splitting.SlotCount];
        var usedAsInt = ParametersUsedAsInts(code, offsets);
        for (var slot = 0; slot < code.ParameterCount; slot++)
        {
            isInt[slot] = !floats[slot] && usedAsInt[slot];
        }

        foreach (var pc in offsets)
        {
            foreach (var slot in FloatSlots.Writes(words, pc))
            {
                var written = splitting.Write(pc, slot);
                isInt[written] = !floats[written] && !ranges[written];
            }
        }

        var assigned = FloatSlots.DefinitelyAssigned(code, offsets);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var pc in offsets)
            {
                var operands = InstructionSet.Info((Opcode)words[pc]).Operands;
                foreach (var slot in FloatSlots.Writes(words, pc))
                {
                    var written = splitting.Write(pc, slot);
                    if (isInt[written] && !ProducesInt(code, pc, slot, isInt, ranges, splitting, longCalls))
                    {
                        isInt[written] = false;
                        changed = true;
                    }
                }

                foreach (var slot in FloatSlots.Reads(words, pc))
                {
                    var read = splitting.Read(pc, slot);
                    if (isInt[read] && read == slot && slot >= code.ParameterCount && !assigned[pc][slot])
                    {
                        isInt[read] = false;
                        changed = true;
                    }
                }
            }
        }

        var pays = offsets.Any(pc => IsIntUse(code, pc) && FloatSlots.Reads(words, pc).Any(slot => isInt[splitting.Read(pc, slot)]))
            || HasInnermostRangeLoop(code, splitting, ranges);
        var countingUp = FindCountingUp(code, splitting, ranges, offsets);
        return new IntSlots(isInt, ranges, countingUp, FindNonNegative(code, splitting, isInt, countingUp, offsets), pays);
    }

    private static bool[] FindCountingUp(CodeObject code, TemporarySplitting splitting, bool[] ranges, List<int> offsets)
    {
        var words = code.Instructions;
        var countingUp = (bool[])ranges.Clone();
        for (var index = 1; index < offsets.Count; index++)
        {
            var pc = offsets[index];
            if ((Opcode)words[pc] == Opcode.GetIter)
            {
                var written = splitting.Write(pc, words[pc + 1]);
                countingUp[written] &= IsRangeCall(code, offsets, index - 1, words[pc + 2]) && CountsUp(code, offsets, index - 1);
            }
        }

        return countingUp;
    }

    /// <summary>
    /// Whether the range call at <c>offsets[index]</c> has one argument, or a start (and a step)
    /// that straight-line LOAD_CONSTs before it set to a non-negative (and a positive) int.
    /// </summary>
    private static bool CountsUp(CodeObject code, List<int> offsets, int index)
    {
        var words = code.Instructions;
        var call = offsets[index];
        var arguments = words[call + 3] - 1;
        var first = words[call + 2] + 1;
        long? ConstantIn(int slot)
        {
            for (var before = index - 1; before >= 0; before--)
            {
                var pc = offsets[before];
                if (FloatSlots.Writes(words, pc).Contains(slot))
                {
                    return (Opcode)words[pc] != Opcode.LoadConst ? null : code.Constants[words[pc + 2]] switch
                    {
                        long value => value,
                        BigInteger big when IsIntConstant(big) => (long)big,
                        _ => null,
                    };
                }

                if (InstructionSet.Info((Opcode)words[pc]).Flow != FlowKind.Next)
                {
                    return null;
                }
            }

            return null;
        }

        return arguments switch
        {
            1 => true,
            2 => ConstantIn(first) >= 0,
            3 => ConstantIn(first) >= 0 && ConstantIn(first + 2) > 0,
            _ => false,
        };
    }

    private static bool[] FindNonNegative(CodeObject code, TemporarySplitting splitting, bool[] isInt, bool[] countingUp, List<int> offsets)
    {
        var words = code.Instructions;
        var nonNegative = (bool[])isInt.Clone();
        for (var slot = 0; slot < code.ParameterCount; slot++)
        {
            nonNegative[slot] = false;
        }

        foreach (var pc in offsets)
        {
            foreach (var slot in FloatSlots.Writes(words, pc))
            {
                var written = splitting.Write(pc, slot);
                nonNegative[written] &= (Opcode)words[pc] is Opcode.ForIter or Opcode.ForIterBack
                    && slot == words[pc + 2]
                    && countingUp[splitting.Read(pc, words[pc + 1])];
            }
        }

        return nonNegative;
    }

    /// <summary>
    /// The parameters worth guarding as ints at entry: those the body copies or uses as operands of
    /// int arithmetic or comparisons where the VM saw nothing but ints. A parameter only iterated,
    /// indexed, called or passed on would fail the guard on every call that passes it a container,
    /// and gain nothing on the calls that pass an int.
    /// </summary>
    private static bool[] ParametersUsedAsInts(CodeObject code, List<int> offsets)
    {
        var words = code.Instructions;
        var used = new bool[code.ParameterCount];
        var seenOtherwise = new bool[code.ParameterCount];
        foreach (var pc in offsets)
        {
            var intUse = (Opcode)words[pc] == Opcode.Move || IsIntUse(code, pc);
            var notInt = (code.OperandTypesSeen[pc] & (OperandTypes.Float | OperandTypes.Other)) != 0;
            foreach (var slot in FloatSlots.Reads(words, pc))
            {
                if (slot < code.ParameterCount)
                {
                    used[slot] |= intUse;
                    seenOtherwise[slot] |= notInt;
                }
            }
        }

        for (var slot = 0; slot < code.ParameterCount; slot++)
        {
            used[slot] &= !seenOtherwise[slot];
        }

        return used;
    }

    /// <summary>Whether the instruction at <paramref name="pc"/> is int arithmetic or a comparison that the VM has not seen take anything but ints.</summary>
    private static bool IsIntUse(CodeObject code, int pc)
    {
        var words = code.Instructions;
        if ((code.OperandTypesSeen[pc] & (OperandTypes.Float | OperandTypes.Other)) != 0)
        {
            return false;
        }

        bool IntConstant(int index) => IsIntConstant(code.Constants[words[pc + 1 + index]]);
        return (Opcode)words[pc] switch
        {
            Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.FloorDiv or Opcode.Mod or Opcode.InplaceAdd or Opcode.InplaceSub => true,
            Opcode.AddConst or Opcode.SubConst or Opcode.MulConst or Opcode.InplaceAddConst or Opcode.InplaceSubConst => IntConstant(2),
            Opcode.BinaryOp or Opcode.InplaceOp => IsIntOperator((BinaryOperator)words[pc + 4]),
            Opcode.Compare or Opcode.CompareJump => true,
            Opcode.CompareConstJump => IntConstant(1),
            _ => false,
        };
    }

    /// <summary>
    /// Temporaries that GET_ITER writes (the compiler's loop iterators) from the result of a call of
    /// the global <c>range</c>: any other iterable would leave the specialized version at its first
    /// FOR_ITER. The slot may hold other values at other times (temporaries are reused); the
    /// position locals belong to the iterator object GET_ITER put there, and are written back only
    /// into that object.
    /// </summary>
    private static bool[] FindRanges(CodeObject code, TemporarySplitting splitting, bool[] floats, List<int> offsets)
    {
        var words = code.Instructions;
        var ranges = new bool[splitting.SlotCount];
        for (var index = 1; index < offsets.Count; index++)
        {
            var pc = offsets[index];
            if ((Opcode)words[pc] == Opcode.GetIter && IsRangeCall(code, offsets, index - 1, words[pc + 2]))
            {
                var written = splitting.Write(pc, words[pc + 1]);
                ranges[written] = !floats[written] && written >= code.LocalCount;
            }
        }

        return ranges;
    }

    /// <summary>Whether the instruction at <c>offsets[index]</c> is a CALL into <paramref name="slot"/> of a callee loaded as the global <c>range</c> in the straight-line code before it.</summary>
    private static bool IsRangeCall(CodeObject code, List<int> offsets, int index, int slot)
    {
        var words = code.Instructions;
        var call = offsets[index];
        if ((Opcode)words[call] != Opcode.Call || words[call + 1] != slot)
        {
            return false;
        }

        var callee = words[call + 2];
        for (var before = index - 1; before >= 0; before--)
        {
            var pc = offsets[before];
            if (FloatSlots.Writes(words, pc).Contains(callee))
            {
                return (Opcode)words[pc] == Opcode.LoadGlobal && code.Names[words[pc + 2]] == "range";
            }

            if (InstructionSet.Info((Opcode)words[pc]).Flow != FlowKind.Next)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether some loop over a range slot contains no other loop (its back edge encloses no other back edge).</summary>
    private static bool HasInnermostRangeLoop(CodeObject code, TemporarySplitting splitting, bool[] ranges)
    {
        var words = code.Instructions;
        bool OverRange(int pc) =>
            (Opcode)words[pc] is Opcode.ForIter or Opcode.ForIterBack && ranges[splitting.Read(pc, words[pc + 1])];
        var backEdges = BackEdge.Find(code);
        foreach (var loop in backEdges)
        {
            if ((OverRange(loop.Branch) || OverRange(loop.Header)) && !loop.EnclosesAnother(backEdges))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the write of <paramref name="slot"/> by the instruction at <paramref name="pc"/> always writes an int in the specialized version.</summary>
    private static bool ProducesInt(CodeObject code, int pc, int slot, bool[] isInt, bool[] ranges, TemporarySplitting splitting, IReadOnlySet<int> longCalls)
    {
        var words = code.Instructions;
        bool IntSlot(int index) => isInt[splitting.Read(pc, words[pc + 1 + index])];
        bool IntConstant(int index) => IsIntConstant(code.Constants[words[pc + 1 + index]]);
        return (Opcode)words[pc] switch
        {
            Opcode.LoadConst => IntConstant(1),
            Opcode.Move => IntSlot(1),
            Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.FloorDiv or Opcode.Mod or Opcode.InplaceAdd or Opcode.InplaceSub => IntSlot(1) && IntSlot(2),
            Opcode.AddConst or Opcode.SubConst or Opcode.MulConst or Opcode.InplaceAddConst or Opcode.InplaceSubConst => IntSlot(1) && IntConstant(2),
            Opcode.BinaryOp or Opcode.InplaceOp => IsIntOperator((BinaryOperator)words[pc + 4]) && IntSlot(1) && IntSlot(2),
            Opcode.ForIter or Opcode.ForIterBack => slot == words[pc + 2] && ranges[splitting.Read(pc, words[pc + 1])],
            Opcode.Call => longCalls.Contains(pc) && ArgumentsAreInts(pc, words, isInt, splitting),
            _ => false,
        };
    }

    /// <summary>Whether every argument of the CALL at <paramref name="pc"/> is an int slot.</summary>
    public static bool ArgumentsAreInts(int pc, int[] words, bool[] isInt, TemporarySplitting splitting)
    {
        var callBase = words[pc + 2];
        var argCount = words[pc + 3] - 1;
        for (var i = 1; i <= argCount; i++)
        {
            if (!isInt[splitting.Read(pc, callBase + i)])
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsIntOperator(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.FloorDiv or BinaryOperator.Mod
            or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor;

    public static bool IsIntConstant(object? constant) =>
        constant is long || (constant is BigInteger big && big >= long.MinValue && big <= long.MaxValue);
}

using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Finds the frame slots that can live unboxed in a <c>double</c> IL local: slots that only ever
/// receive floats — a float constant, a copy of such a slot, or <c>+ - * /</c> of such slots and
/// float constants (float arithmetic never changes type, so no guard can fail) — and that are
/// assigned on every path before each read (an unboxed slot cannot be unbound). Found as a greatest
/// fixed point: assume every written non-parameter slot qualifies, then drop slots with a write or
/// read that breaks the rules until nothing changes. Slots are those of <see cref="TemporarySplitting"/>.
/// </summary>
internal static class FloatSlots
{
    /// <summary>The float slots, none of them among <paramref name="boxed"/> (see <see cref="HandlerSlots"/>).</summary>
    public static bool[] Find(CodeObject code, TemporarySplitting splitting, bool[] boxed)
    {
        var words = code.Instructions;
        var offsets = code.InstructionOffsets().ToList();
        var isFloat = new bool[splitting.SlotCount];
        foreach (var pc in offsets)
        {
            foreach (var slot in Writes(words, pc))
            {
                var written = splitting.Write(pc, slot);
                isFloat[written] = slot >= code.ParameterCount && !boxed[written];
            }
        }

        var assigned = DefinitelyAssigned(code, offsets);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var pc in offsets)
            {
                foreach (var slot in Writes(words, pc))
                {
                    var written = splitting.Write(pc, slot);
                    if (isFloat[written] && !ProducesFloat(code, pc, isFloat, splitting))
                    {
                        isFloat[written] = false;
                        changed = true;
                    }
                }

                // A split temporary is always written before it is read.
                foreach (var slot in Reads(words, pc))
                {
                    var read = splitting.Read(pc, slot);
                    if (isFloat[read] && read == slot && !assigned[pc][slot])
                    {
                        isFloat[read] = false;
                        changed = true;
                    }
                }
            }
        }

        return isFloat;
    }

    /// <summary>Whether the instruction at <paramref name="pc"/> always writes a float, given the slots assumed float.</summary>
    private static bool ProducesFloat(CodeObject code, int pc, bool[] isFloat, TemporarySplitting splitting)
    {
        var words = code.Instructions;
        bool FloatSlot(int index) => isFloat[splitting.Read(pc, words[pc + 1 + index])];
        bool FloatConstant(int index) => code.Constants[words[pc + 1 + index]] is double;
        return (Opcode)words[pc] switch
        {
            Opcode.LoadConst => FloatConstant(1),
            Opcode.Move => FloatSlot(1),
            Opcode.Add or Opcode.Sub or Opcode.Mul or Opcode.TrueDiv or Opcode.InplaceAdd or Opcode.InplaceSub => FloatSlot(1) && FloatSlot(2),
            Opcode.AddConst or Opcode.SubConst or Opcode.MulConst or Opcode.InplaceAddConst or Opcode.InplaceSubConst => FloatSlot(1) && FloatConstant(2),
            _ => false,
        };
    }

    public static IEnumerable<int> Writes(int[] words, int pc) => Slots(words, pc, reads: false);

    public static IEnumerable<int> Reads(int[] words, int pc) => Slots(words, pc, reads: true);

    private static IEnumerable<int> Slots(int[] words, int pc, bool reads)
    {
        var operands = InstructionSet.Info((Opcode)words[pc]).Operands;
        for (var i = 0; i < operands.Length; i++)
        {
            var operand = words[pc + 1 + i];
            switch (operands[i])
            {
                case OperandKind.In when reads:
                case OperandKind.Out when !reads:
                case OperandKind.InOut:
                    yield return operand;
                    break;
                case OperandKind.InRange when reads:
                case OperandKind.OutRange when !reads:
                    for (var slot = operand; slot < operand + RangeCount(words, pc, operands); slot++)
                    {
                        yield return slot;
                    }

                    break;
            }
        }
    }

    private static int RangeCount(int[] words, int pc, OperandKind[] operands) =>
        words[pc + 1 + Array.IndexOf(operands, OperandKind.Count)];

    /// <summary>For each instruction, the slots assigned on every path reaching it (parameters from the start).</summary>
    public static Dictionary<int, bool[]> DefinitelyAssigned(CodeObject code, List<int> offsets)
    {
        var words = code.Instructions;
        var before = FlagArrays.PerInstruction(offsets, code.FrameSize, value: true);
        var entry = before[offsets[0]];
        for (var slot = 0; slot < code.FrameSize; slot++)
        {
            entry[slot] = slot < code.ParameterCount;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var pc in offsets)
            {
                var after = (bool[])before[pc].Clone();
                foreach (var slot in Writes(words, pc))
                {
                    after[slot] = true;
                }

                foreach (var next in Successors(words, pc))
                {
                    if (!before.TryGetValue(next, out var target))
                    {
                        continue;
                    }

                    for (var slot = 0; slot < code.FrameSize; slot++)
                    {
                        if (target[slot] && !after[slot] && !(next == offsets[0] && slot < code.ParameterCount))
                        {
                            target[slot] = false;
                            changed = true;
                        }
                    }
                }
            }
        }

        return before;
    }

    public static IEnumerable<int> Successors(int[] words, int pc)
    {
        var info = InstructionSet.Info((Opcode)words[pc]);
        if (info.Flow is not (FlowKind.Jump or FlowKind.Exit))
        {
            yield return pc + info.Length;
        }

        for (var i = 0; i < info.Operands.Length; i++)
        {
            if (info.Operands[i] == OperandKind.Label)
            {
                yield return words[pc + 1 + i];
            }
        }
    }
}

using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Which slots (of <see cref="TemporarySplitting"/>) hold a value some later instruction reads, at
/// the start of each instruction. A deoptimization boxes only those: boxing a dead temporary would
/// keep it alive, in a register or on the stack, for the whole specialized version.
/// </summary>
internal static class Liveness
{
    public static Dictionary<int, bool[]> LiveIn(CodeObject code, TemporarySplitting splitting)
    {
        var words = code.Instructions;
        var offsets = code.InstructionOffsets().ToList();
        var liveIn = FlagArrays.PerInstruction(offsets, splitting.SlotCount, value: false);
        for (var changed = true; changed;)
        {
            changed = false;
            for (var index = offsets.Count - 1; index >= 0; index--)
            {
                var pc = offsets[index];
                var live = new bool[splitting.SlotCount];
                if ((Opcode)words[pc] is Opcode.ForIter or Opcode.ForIterBack)
                {
                    // The target is assigned only on the way into the body: on the way out of the
                    // loop it keeps its last item, which `return i` after the loop reads.
                    var fallThrough = pc + InstructionSet.LengthOf((Opcode)words[pc]);
                    var intoBody = (Opcode)words[pc] == Opcode.ForIter ? fallThrough : words[pc + 3];
                    var pastLoop = (Opcode)words[pc] == Opcode.ForIter ? words[pc + 3] : fallThrough;
                    Merge(live, liveIn, intoBody);
                    live[splitting.Write(pc, words[pc + 2])] = false;
                    Merge(live, liveIn, pastLoop);
                }
                else
                {
                    foreach (var next in FloatSlots.Successors(words, pc))
                    {
                        Merge(live, liveIn, next);
                    }

                    foreach (var slot in FloatSlots.Writes(words, pc))
                    {
                        live[splitting.Write(pc, slot)] = false;
                    }
                }

                foreach (var slot in FloatSlots.Reads(words, pc))
                {
                    live[splitting.Read(pc, slot)] = true;
                }

                if (!FlagArrays.SameContents(live, liveIn[pc]))
                {
                    liveIn[pc] = live;
                    changed = true;
                }
            }
        }

        return liveIn;
    }

    private static void Merge(bool[] live, Dictionary<int, bool[]> liveIn, int next)
    {
        if (liveIn.TryGetValue(next, out var after))
        {
            for (var slot = 0; slot < live.Length; slot++)
            {
                live[slot] |= after[slot];
            }
        }
    }
}

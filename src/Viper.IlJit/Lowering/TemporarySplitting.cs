using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Gives each value a temporary holds its own IL local. The compiler reuses temporary slots for
/// unrelated values (the same slot may hold the <c>range</c> builtin, then a float product), which
/// would stop a float temporary from being kept unboxed. A temporary whose every read finds its
/// value written earlier in the same basic block is split: each write starts a new virtual slot
/// (numbered from the frame size up) that the reads up to the next write use. Temporaries read in
/// another block than they were written in (a loop's iterator) keep their slot.
/// </summary>
internal sealed class TemporarySplitting
{
    // Per instruction, its split slots as pairs (frame slot, split slot). Keyed by the offset alone
    // with an array value: a dictionary keyed by a tuple is framework code over a struct, which .NET
    // JIT-compiles at its first use in every process and never optimizes.
    private readonly Dictionary<int, int[]> _reads = [];
    private readonly Dictionary<int, int[]> _writes = [];

    private TemporarySplitting(int slotCount) => SlotCount = slotCount;

    /// <summary>Frame slots plus the virtual slots.</summary>
    public int SlotCount { get; private set; }

    /// <summary>The slot that the read of <paramref name="slot"/> by the instruction at <paramref name="pc"/> uses.</summary>
    public int Read(int pc, int slot) => Find(_reads, pc, slot);

    /// <summary>The slot that the write of <paramref name="slot"/> by the instruction at <paramref name="pc"/> goes to.</summary>
    public int Write(int pc, int slot) => Find(_writes, pc, slot);

    private static int Find(Dictionary<int, int[]> splits, int pc, int slot)
    {
        if (splits.TryGetValue(pc, out var pairs))
        {
            for (var i = 0; i < pairs.Length; i += 2)
            {
                if (pairs[i] == slot)
                {
                    return pairs[i + 1];
                }
            }
        }

        return slot;
    }

    private static void Add(Dictionary<int, int[]> splits, int pc, int slot, int split)
    {
        var pairs = splits.TryGetValue(pc, out var known) ? known : [];
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == slot)
            {
                pairs[i + 1] = split;
                return;
            }
        }

        var grown = new int[pairs.Length + 2];
        pairs.CopyTo(grown, 0);
        grown[^2] = slot;
        grown[^1] = split;
        splits[pc] = grown;
    }

    /// <summary>No temporary split: every read and write uses its frame slot (code with handlers, whose edges <see cref="For"/> does not follow).</summary>
    public static TemporarySplitting None(CodeObject code) => new(code.FrameSize);

    public static TemporarySplitting For(CodeObject code)
    {
        var words = code.Instructions;
        var offsets = code.InstructionOffsets().ToList();
        var blockStarts = BlockStarts(code, offsets);
        var splittable = new bool[code.FrameSize];
        for (var slot = code.LocalCount; slot < splittable.Length; slot++)
        {
            splittable[slot] = true;
        }

        // A read whose value was not written earlier in its block disqualifies the slot.
        var writtenInBlock = new HashSet<int>();
        foreach (var pc in offsets)
        {
            if (blockStarts.Contains(pc))
            {
                writtenInBlock.Clear();
            }

            foreach (var slot in FloatSlots.Reads(words, pc))
            {
                if (!writtenInBlock.Contains(slot))
                {
                    splittable[slot] = false;
                }
            }

            foreach (var slot in FloatSlots.Writes(words, pc))
            {
                writtenInBlock.Add(slot);
            }

            // An in-out operand (a loop's iterator) is updated in place: its lowering reads and
            // writes one local, so the write must not start a new one. (A loop whose body always
            // leaves it, `for x in it: return x`, reads its iterator only in the block that made it.)
            var operands = InstructionSet.Info((Opcode)words[pc]).Operands;
            for (var i = 0; i < operands.Length; i++)
            {
                if (operands[i] == OperandKind.InOut)
                {
                    splittable[words[pc + 1 + i]] = false;
                }
            }
        }

        var splitting = new TemporarySplitting(code.FrameSize);
        var current = new Dictionary<int, int>();
        foreach (var pc in offsets)
        {
            if (blockStarts.Contains(pc))
            {
                current.Clear();
            }

            foreach (var slot in FloatSlots.Reads(words, pc))
            {
                if (splittable[slot])
                {
                    Add(splitting._reads, pc, slot, current[slot]);
                }
            }

            foreach (var slot in FloatSlots.Writes(words, pc))
            {
                if (splittable[slot])
                {
                    current[slot] = splitting.SlotCount;
                    Add(splitting._writes, pc, slot, splitting.SlotCount++);
                }
            }
        }

        return splitting;
    }

    /// <summary>Offsets that begin a basic block: the first instruction, jump targets, and whatever follows a branch.</summary>
    private static HashSet<int> BlockStarts(CodeObject code, List<int> offsets)
    {
        var words = code.Instructions;
        var starts = new HashSet<int> { 0 };

        foreach (var pc in offsets)
        {
            var info = InstructionSet.Info((Opcode)words[pc]);
            for (var i = 0; i < info.Operands.Length; i++)
            {
                if (info.Operands[i] == OperandKind.Label)
                {
                    starts.Add(words[pc + 1 + i]);
                }
            }

            if (info.Flow != FlowKind.Next)
            {
                starts.Add(pc + info.Length);
            }

            // A generator resumes at these from its saved frame slots, which split temporaries are not.
            if ((Opcode)words[pc] is Opcode.YieldValue or Opcode.YieldFrom)
            {
                starts.Add(pc + info.Length);
            }

            if ((Opcode)words[pc] == Opcode.YieldFrom)
            {
                starts.Add(pc);
            }
        }

        return starts;
    }
}

using System.Collections;
using Viper.Bytecode.Compiler;
using Viper.Bytecode.Instructions;

namespace Viper.Bytecode.Peephole;

/// <summary>
/// Backward liveness of frame slots over an instruction list: for each instruction, the slots
/// whose current value some later instruction may still read. A fusion may only drop a
/// temporary that is dead after the instructions it replaces.
/// </summary>
internal sealed class Liveness
{
    private readonly BitArray?[] _liveAfter;

    private Liveness(BitArray?[] liveAfter) => _liveAfter = liveAfter;

    public bool IsLiveAfter(int index, int slot) => _liveAfter[index]?[slot] ?? false;

    public static Liveness Compute(IReadOnlyList<Instr> instructions, int frameSize)
    {
        var blocks = SplitBlocks(instructions);
        var labelBlock = new Dictionary<int, int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var index = blocks[b].Start; index < blocks[b].End; index++)
            {
                if (instructions[index].IsLabel)
                {
                    labelBlock[instructions[index].LabelId] = b;
                }
            }
        }

        // Loops rather than LINQ: generic framework code instantiated over this assembly's types
        // is outside ReadyToRun's version bubble and would be JIT-compiled at start-up.
        var successors = new int[blocks.Count][];
        var liveIn = new BitArray[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            successors[b] = Successors(instructions, blocks[b], b, blocks.Count, labelBlock);
            liveIn[b] = new BitArray(frameSize);
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            for (var b = blocks.Count - 1; b >= 0; b--)
            {
                var live = LiveOut(successors[b], liveIn, frameSize);
                for (var i = blocks[b].End - 1; i >= blocks[b].Start; i--)
                {
                    Transfer(instructions[i], live, liveIn, labelBlock);
                }

                if (!SameBits(live, liveIn[b]))
                {
                    liveIn[b] = live;
                    changed = true;
                }
            }
        }

        var liveAfter = new BitArray?[instructions.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var live = LiveOut(successors[b], liveIn, frameSize);
            for (var i = blocks[b].End - 1; i >= blocks[b].Start; i--)
            {
                liveAfter[i] = new BitArray(live);
                Transfer(instructions[i], live, liveIn, labelBlock);
            }
        }

        return new Liveness(liveAfter);
    }

    // A class, not a struct, so List<Block> shares the framework's precompiled reference-type
    // code instead of being JIT-compiled at start-up.
    private sealed record Block(int Start, int End);

    private static List<Block> SplitBlocks(IReadOnlyList<Instr> instructions)
    {
        var blocks = new List<Block>();
        var start = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].IsLabel && i > start)
            {
                blocks.Add(new Block(start, i));
                start = i;
            }

            if (!instructions[i].IsLabel && instructions[i].Info.Flow != FlowKind.Next)
            {
                blocks.Add(new Block(start, i + 1));
                start = i + 1;
            }
        }

        if (start < instructions.Count)
        {
            blocks.Add(new Block(start, instructions.Count));
        }

        return blocks;
    }

    private static int[] Successors(IReadOnlyList<Instr> instructions, Block block, int index, int count, Dictionary<int, int> labelBlock)
    {
        var last = instructions[block.End - 1];
        var flow = last.IsLabel ? FlowKind.Next : last.Info.Flow;
        // Built without a List<int>, whose framework code ReadyToRun cannot share and every start JIT-compiled.
        var fallsThrough = flow is FlowKind.Next or FlowKind.Branch && index + 1 < count;
        var jumps = flow is FlowKind.Branch or FlowKind.Jump;
        var result = new int[(fallsThrough ? 1 : 0) + (jumps ? 1 : 0)];
        if (fallsThrough)
        {
            result[0] = index + 1;
        }

        if (jumps)
        {
            result[^1] = labelBlock[last.Operands[InstrEffects.LabelOperand(last)]];
        }

        return result;
    }

    private static BitArray LiveOut(int[] successors, BitArray[] liveIn, int frameSize)
    {
        var live = new BitArray(frameSize);
        foreach (var successor in successors)
        {
            live.Or(liveIn[successor]);
        }

        return live;
    }

    /// <summary>
    /// Steps liveness back over one instruction. An instruction that may raise into a handler can
    /// leave before it writes anything, so whatever the handler reads is live before it too, except
    /// the slot the exception itself is delivered in.
    /// </summary>
    private static void Transfer(Instr instr, BitArray live, BitArray[] liveIn, Dictionary<int, int> labelBlock)
    {
        if (instr.IsLabel)
        {
            return;
        }

        InstrEffects.ForEachWrite(instr, slot => live[slot] = false);
        InstrEffects.ForEachRead(instr, slot => live[slot] = true);
        if (instr.Handler is { } handler)
        {
            var atHandler = liveIn[labelBlock[handler.Label]];
            for (var slot = 0; slot < live.Length; slot++)
            {
                live[slot] |= atHandler[slot] && slot != handler.Slot;
            }
        }
    }

    private static bool SameBits(BitArray a, BitArray b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}

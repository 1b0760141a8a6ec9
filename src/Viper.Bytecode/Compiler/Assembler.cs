using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>Lays out an instruction list as the VM's flat int array, resolving labels to offsets.</summary>
public static class Assembler
{
    public readonly record struct Result(int[] Code, LineTable Lines, ExceptionTableEntry[] ExceptionTable);

    public static Result Assemble(IReadOnlyList<Instr> instructions)
    {
        var labelOffsets = new Dictionary<int, int>();
        var offset = 0;
        foreach (var instr in instructions)
        {
            if (instr.IsLabel)
            {
                labelOffsets[instr.LabelId] = offset;
            }
            else
            {
                offset += instr.Info.Length;
            }
        }

        var code = new int[offset];
        // Arrays sized for the worst case (two entries per instruction and one per local it reads)
        // rather than a List<SourceSpan> and a List<int>: framework generics over this struct and
        // over int are outside ReadyToRun's version bubble and would be JIT-compiled at start-up.
        var readCount = 0;
        foreach (var instr in instructions)
        {
            readCount += instr.LocalReads?.Length ?? 0;
        }

        var starts = new int[(2 * instructions.Count) + readCount];
        var spans = new SourceSpan[starts.Length];
        var count = 0;
        var operandReads = new int[readCount];
        var operandReadCount = 0;
        offset = 0;
        foreach (var instr in instructions)
        {
            if (instr.IsLabel)
            {
                continue;
            }

            var kinds = instr.Info.Operands;
            code[offset] = (int)instr.Opcode;
            for (var i = 0; i < kinds.Length; i++)
            {
                code[offset + 1 + i] = kinds[i] == OperandKind.Label ? labelOffsets[instr.Operands[i]] : instr.Operands[i];
            }

            if (count == 0 || spans[count - 1] != instr.Span)
            {
                starts[count] = offset;
                spans[count++] = instr.Span;
            }

            if (instr.FirstPartSpan is { } firstPart)
            {
                starts[count] = offset + 1;
                spans[count++] = firstPart;
            }

            if (instr.LocalReads is { } reads)
            {
                AddOperandReads(instr, reads, offset, starts, spans, ref count, operandReads, ref operandReadCount);
            }

            offset += instr.Info.Length;
        }

        var usedStarts = new int[count];
        Array.Copy(starts, usedStarts, count);
        var used = new SourceSpan[count];
        Array.Copy(spans, used, count);
        var usedReads = new int[operandReadCount];
        Array.Copy(operandReads, usedReads, operandReadCount);
        return new Result(code, new LineTable(usedStarts, used, usedReads), BuildExceptionTable(instructions, labelOffsets));
    }

    /// <summary>
    /// Gives the word of the first operand reading each local in <paramref name="reads"/> the span
    /// of the name that read it, in operand order (the line table's starts stay sorted). An
    /// instruction whose first operand word already has a span of its own keeps it.
    /// </summary>
    private static void AddOperandReads(Instr instr, LocalRead[] reads, int offset, int[] starts, SourceSpan[] spans, ref int count, int[] operandReads, ref int operandReadCount)
    {
        var kinds = instr.Info.Operands;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is not (OperandKind.In or OperandKind.InOut) || (i == 0 && instr.FirstPartSpan is not null) || !instr.IsFirstReadOfSlot(i))
            {
                continue;
            }

            foreach (var read in reads)
            {
                if (read.Slot != instr.Operands[i])
                {
                    continue;
                }

                starts[count] = offset + 1 + i;
                spans[count++] = read.Span;
                operandReads[operandReadCount++] = offset + 1 + i;
                break;
            }
        }
    }

    /// <summary>Merges consecutive instructions with the same handler into one row each.</summary>
    private static ExceptionTableEntry[] BuildExceptionTable(IReadOnlyList<Instr> instructions, Dictionary<int, int> labelOffsets)
    {
        var entries = new List<ExceptionTableEntry>();
        HandlerLabel? open = null;
        var start = 0;
        var offset = 0;
        foreach (var instr in instructions)
        {
            if (instr.IsLabel)
            {
                continue;
            }

            if (instr.Handler != open)
            {
                Close(entries, open, start, offset, labelOffsets);
                open = instr.Handler;
                start = offset;
            }

            offset += instr.Info.Length;
        }

        Close(entries, open, start, offset, labelOffsets);
        return [.. entries];
    }

    private static void Close(List<ExceptionTableEntry> entries, HandlerLabel? handler, int start, int end, Dictionary<int, int> labelOffsets)
    {
        if (handler is not null && end > start)
        {
            entries.Add(new ExceptionTableEntry(start, end, labelOffsets[handler.Label], handler.Slot));
        }
    }
}

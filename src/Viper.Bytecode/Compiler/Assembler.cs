using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>Lays out an instruction list as the VM's flat int array, resolving labels to offsets.</summary>
public static class Assembler
{
    public readonly record struct Result(int[] Code, LineTable Lines);

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
        var starts = new List<int>();
        var spans = new List<SourceSpan>();
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

            if (spans.Count == 0 || spans[^1] != instr.Span)
            {
                starts.Add(offset);
                spans.Add(instr.Span);
            }

            if (instr.FirstPartSpan is { } firstPart)
            {
                starts.Add(offset + 1);
                spans.Add(firstPart);
            }

            offset += instr.Info.Length;
        }

        return new Result(code, new LineTable([.. starts], [.. spans]));
    }
}

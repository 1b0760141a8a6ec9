using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// One instruction before assembly. Jump operands hold label ids; a label itself is an
/// <see cref="Instr"/> with <see cref="IsLabel"/> set, marking where that id points.
/// </summary>
public sealed class Instr
{
    private Instr(Opcode opcode, int[] operands, SourceSpan span, int labelId)
    {
        Opcode = opcode;
        Operands = operands;
        Span = span;
        LabelId = labelId;
    }

    public Opcode Opcode { get; set; }

    public int[] Operands { get; set; }

    public SourceSpan Span { get; }

    /// <summary>
    /// Where an instruction that does two things reports an error in its first part: CALL_METHOD
    /// looks the method up (an AttributeError points at <c>x.name</c>) before calling (errors there
    /// point at the whole call). The line table maps the instruction's second word to it.
    /// </summary>
    public SourceSpan? FirstPartSpan { get; set; }

    public int LabelId { get; }

    /// <summary>
    /// The locals this instruction reads straight from their registers, each with the span of the
    /// name that read it: an unbound one is reported there, as CPython reports its LOAD_FAST
    /// (<c>x + 1</c> underlines <c>x</c>). Null when it reads none.
    /// </summary>
    public LocalRead[]? LocalReads { get; set; }

    /// <summary>The innermost handler protecting this instruction; null outside every try block.</summary>
    public HandlerLabel? Handler { get; set; }

    public bool IsLabel => LabelId >= 0;

    /// <summary>The local reads of <paramref name="count"/> instructions from <paramref name="start"/>, which one instruction replaces.</summary>
    public static LocalRead[]? MergeReads(List<Instr> instructions, int start, int count)
    {
        List<LocalRead>? merged = null;
        for (var i = start; i < start + count; i++)
        {
            if (instructions[i].LocalReads is { } reads)
            {
                (merged ??= []).AddRange(reads);
            }
        }

        return merged is null ? null : [.. merged];
    }

    /// <summary>Whether operand <paramref name="index"/> is the first of this instruction's reads of its slot.</summary>
    public bool IsFirstReadOfSlot(int index)
    {
        var kinds = Info.Operands;
        for (var i = 0; i < index; i++)
        {
            if (kinds[i] is OperandKind.In or OperandKind.InOut && Operands[i] == Operands[index])
            {
                return false;
            }
        }

        return true;
    }

    public OpcodeInfo Info => InstructionSet.Info(Opcode);

    public static Instr Create(Opcode opcode, SourceSpan span, params int[] operands)
    {
        var expected = InstructionSet.Info(opcode).Operands.Length;
        if (operands.Length != expected)
        {
            throw new ArgumentException($"{InstructionSet.Info(opcode).Name} takes {expected} operands, got {operands.Length}.");
        }

        return new Instr(opcode, operands, span, -1);
    }

    public static Instr Label(int id) => new(Opcode.Nop, [], default, id);

    /// <summary>The same instruction at another place: its operands, spans, local reads and handler.</summary>
    public Instr Copy() => new(Opcode, (int[])Operands.Clone(), Span, LabelId)
    {
        FirstPartSpan = FirstPartSpan,
        LocalReads = LocalReads,
        Handler = Handler,
    };

    public override string ToString() =>
        IsLabel ? $"L{LabelId}:" : $"{Info.Name} {string.Join(", ", Operands)}";
}

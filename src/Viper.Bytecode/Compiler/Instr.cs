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

    /// <summary>The innermost handler protecting this instruction; null outside every try block.</summary>
    public HandlerLabel? Handler { get; set; }

    public bool IsLabel => LabelId >= 0;

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

    public override string ToString() =>
        IsLabel ? $"L{LabelId}:" : $"{Info.Name} {string.Join(", ", Operands)}";
}

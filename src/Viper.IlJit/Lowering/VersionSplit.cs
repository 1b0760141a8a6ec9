using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Whether a body's specialized version gets a method of its own. One method holding both
/// versions is large: .NET saves every callee-saved register in its prologue and weighs the
/// generic version's blocks in its register allocation and layout, which a small recursive
/// function (<c>fib</c>) pays on every call. Split, the specialized method holds only its
/// version; a failed guard moves the frame to the generic method — at the entry by handing the
/// call on, in the middle by leaving the slots in the closure and calling the generic method at
/// that instruction. Only bodies without loops are split: on-stack replacement enters loops in the
/// specialized version, and a loop pays for its own frame setup many times over. Bodies with
/// handlers, re-raises or <c>super()</c> keep one method: their frame state (the handler, the
/// re-raise flag, the class frame) would have to move too.
/// </summary>
internal static class VersionSplit
{
    public static bool Applies(CodeObject code)
    {
        if (code.Flags.HasFlag(CodeFlags.Generator) || code.Flags.HasFlag(CodeFlags.CallsSuper) || code.ExceptionTable.Length > 0)
        {
            return false;
        }

        var words = code.Instructions;
        foreach (var pc in code.InstructionOffsets())
        {
            var info = InstructionSet.Info((Opcode)words[pc]);
            if ((Opcode)words[pc] == Opcode.RaiseCurrent)
            {
                return false;
            }

            for (var i = 0; i < info.Operands.Length; i++)
            {
                if (info.Operands[i] == OperandKind.Label && words[pc + 1 + i] <= pc)
                {
                    return false;
                }
            }
        }

        var splitting = TemporarySplitting.For(code);
        var handlerSlots = HandlerSlots.Find(code, splitting);
        var floats = FloatSlots.Find(code, splitting, handlerSlots);
        var notInt = new bool[floats.Length];
        for (var slot = 0; slot < notInt.Length; slot++)
        {
            notInt[slot] = floats[slot] || handlerSlots[slot];
        }

        return IntSlots.Find(code, splitting, notInt).Pays;
    }
}

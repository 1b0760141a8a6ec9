using Viper.Bytecode.Compiler;
using Viper.Bytecode.Instructions;

namespace Viper.Bytecode.Peephole;

/// <summary>The slots an instruction reads and writes, derived from the instruction table.</summary>
internal static class InstrEffects
{
    public static void ForEachRead(Instr instr, Action<int> read)
    {
        var kinds = instr.Info.Operands;
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case OperandKind.In or OperandKind.InOut:
                    read(instr.Operands[i]);
                    break;
                case OperandKind.InRange:
                    for (var slot = instr.Operands[i]; slot < instr.Operands[i] + instr.Operands[i + 1]; slot++)
                    {
                        read(slot);
                    }

                    break;
            }
        }
    }

    public static void ForEachWrite(Instr instr, Action<int> write)
    {
        var kinds = instr.Info.Operands;
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case OperandKind.Out or OperandKind.InOut:
                    write(instr.Operands[i]);
                    break;
                case OperandKind.OutRange:
                    for (var slot = instr.Operands[i]; slot < instr.Operands[i] + instr.Operands[i + 1]; slot++)
                    {
                        write(slot);
                    }

                    break;
            }
        }
    }

    public static bool Reads(Instr instr, int slot)
    {
        var found = false;
        ForEachRead(instr, s => found |= s == slot);
        return found;
    }

    public static int LabelOperand(Instr instr)
    {
        var kinds = instr.Info.Operands;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == OperandKind.Label)
            {
                return i;
            }
        }

        return -1;
    }
}

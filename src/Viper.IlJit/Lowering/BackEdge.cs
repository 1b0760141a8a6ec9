using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A backward jump: the loop header it goes to, and its own pc. A class, not a tuple: lists of
/// structs are framework code that .NET JIT-compiles at its first use in every process.
/// </summary>
internal sealed record BackEdge(int Header, int Branch)
{
    /// <summary>Every backward jump in <paramref name="code"/>, in the order of their pcs.</summary>
    public static List<BackEdge> Find(CodeObject code)
    {
        var words = code.Instructions;
        var backEdges = new List<BackEdge>();
        foreach (var pc in code.InstructionOffsets())
        {
            var operands = InstructionSet.Info((Opcode)words[pc]).Operands;
            for (var i = 0; i < operands.Length; i++)
            {
                if (operands[i] == OperandKind.Label && words[pc + 1 + i] <= pc)
                {
                    backEdges.Add(new BackEdge(words[pc + 1 + i], pc));
                }
            }
        }

        return backEdges;
    }

    /// <summary>Whether this loop encloses another of <paramref name="backEdges"/> (then it is not innermost).</summary>
    public bool EnclosesAnother(List<BackEdge> backEdges)
    {
        foreach (var other in backEdges)
        {
            if (other != this && other.Header >= Header && other.Branch <= Branch)
            {
                return true;
            }
        }

        return false;
    }
}

namespace Viper.Bytecode.Instructions;

/// <summary>How control leaves an instruction, for the peephole pass, liveness and the JIT.</summary>
public enum FlowKind : byte
{
    /// <summary>Always continues with the next instruction.</summary>
    Next,

    /// <summary>Continues with the next instruction or jumps to its label.</summary>
    Branch,

    /// <summary>Always jumps to its label.</summary>
    Jump,

    /// <summary>Leaves the frame.</summary>
    Exit,
}

/// <summary>One row of the instruction table.</summary>
public sealed record OpcodeInfo(Opcode Opcode, string Name, OperandKind[] Operands, FlowKind Flow, string Effect)
{
    /// <summary>Encoded length in ints: the opcode word followed by its operands.</summary>
    public int Length => 1 + Operands.Length;
}

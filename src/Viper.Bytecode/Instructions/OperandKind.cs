namespace Viper.Bytecode.Instructions;

/// <summary>What an operand of an instruction denotes. Liveness, the disassembler and the JIT read these.</summary>
public enum OperandKind : byte
{
    /// <summary>A frame slot the instruction reads.</summary>
    In,

    /// <summary>A frame slot the instruction writes (after reading all its inputs).</summary>
    Out,

    /// <summary>A frame slot the instruction both reads and writes (an iterator it advances).</summary>
    InOut,

    /// <summary>The first of a run of slots the instruction reads; the run's length is the next operand.</summary>
    InRange,

    /// <summary>The first of a run of slots the instruction writes; the run's length is the next operand.</summary>
    OutRange,

    /// <summary>The length of the preceding range.</summary>
    Count,

    /// <summary>An index into the code object's constants.</summary>
    Const,

    /// <summary>An index into the code object's names.</summary>
    Name,

    /// <summary>A jump target: an instruction offset once assembled, a label id before.</summary>
    Label,

    /// <summary>An index into the code object's per-instruction inline caches.</summary>
    Cache,

    /// <summary>A <see cref="Frontend.Ast.BinaryOperator"/> for the generic arithmetic instructions.</summary>
    BinaryKind,

    /// <summary>A <see cref="CompareCondition"/>.</summary>
    Condition,

    /// <summary>An f-string conversion: the character 's', 'r' or 'a', or 0 for none.</summary>
    Conversion,

    /// <summary>How an import names its module, packed by <see cref="ImportForm"/>: the relative level and whether the leaf module is wanted.</summary>
    ImportForm,
}

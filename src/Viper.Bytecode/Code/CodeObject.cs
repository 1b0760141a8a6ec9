using System.Runtime.CompilerServices;
using Viper.Bytecode.Instructions;

namespace Viper.Bytecode.Code;

/// <summary>
/// A compiled function, lambda or module body: the encoded instructions with their constants,
/// names and line table, the layout of its frame window, and the counters the tier hook reads.
/// Frame layout: slots <c>[0, ParameterCount)</c> are parameters, then the other locals up to
/// <c>LocalCount</c>, then temporaries up to <c>FrameSize</c>.
/// </summary>
public sealed class CodeObject
{
    public required string Name { get; init; }

    public required string QualifiedName { get; init; }

    public required string FileName { get; init; }

    /// <summary>A function's docstring (its body's first statement, a string literal), which becomes its <c>__doc__</c>.</summary>
    public string? DocString { get; init; }

    public required int FirstLine { get; init; }

    public required int[] Instructions { get; init; }

    public required object?[] Constants { get; init; }

    public required string[] Names { get; init; }

    /// <summary>The name of every local slot, parameters first; temporaries have no name.</summary>
    public required string[] LocalNames { get; init; }

    public required string[] CellNames { get; init; }

    public required string[] FreeNames { get; init; }

    public required int FrameSize { get; init; }

    public required int CacheCount { get; init; }

    /// <summary>Positional parameters, positional-only ones included.</summary>
    public required int ArgCount { get; init; }

    public required int PositionalOnlyCount { get; init; }

    /// <summary>
    /// The number of positional arguments that fill the parameters one to one with nothing to bind,
    /// or -1 when <c>*args</c>, <c>**kwargs</c> or keyword-only parameters always need binding; the
    /// calls' fast paths compare against this one field.
    /// </summary>
    public int ExactArgCount { get; init; } = -1;

    public required int KeywordOnlyCount { get; init; }

    public required CodeFlags Flags { get; init; }

    public required LineTable Lines { get; init; }

    /// <summary>Where exceptions raised in this code are handled; empty when it has no try statements.</summary>
    public ExceptionTableEntry[] ExceptionTable { get; init; } = [];

    public int LocalCount => LocalNames.Length;

    /// <summary>Parameter slots: positional, <c>*args</c>, keyword-only, <c>**kwargs</c>.</summary>
    public int ParameterCount =>
        ArgCount + KeywordOnlyCount + (Flags.HasFlag(CodeFlags.VarArgs) ? 1 : 0) + (Flags.HasFlag(CodeFlags.VarKeywords) ? 1 : 0);

    /// <summary>Times the function was entered; the tier hook compiles it when this passes a threshold.</summary>
    public int CallCount;

    /// <summary>Backward jumps taken; hot loops tier up on this.</summary>
    public int BackEdgeCount;

    /// <summary>Operand types seen, indexed by the offset of each arithmetic or compare instruction.</summary>
    /// <remarks>Inlined: the dispatch loop reads it on every return to a caller, and the JIT's inlining budget for that loop runs out before it.</remarks>
    public OperandTypes[] OperandTypesSeen
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _operandTypesSeen ??= new OperandTypes[Instructions.Length];
    }

    private OperandTypes[]? _operandTypesSeen;

    /// <summary>The runtime's own per-code state (constants as values, inline caches), created on first run.</summary>
    public object? RuntimeState { get; set; }

    /// <summary>Compiled entry point installed by a tier hook, or null while the code runs in the VM.</summary>
    public object? CompiledEntry { get; set; }

    public IEnumerable<CodeObject> NestedCode => Constants.OfType<CodeObject>();

    public int LineAt(int offset) => Lines.LineAt(offset);

    /// <summary>
    /// Where a traceback shows an UnboundLocalError from the instruction at <paramref name="pc"/>
    /// reading local <paramref name="slot"/>: the word of the first operand that reads it when the
    /// line table gives that word the name's span, else the instruction itself.
    /// </summary>
    public int UnboundReadOffset(int pc, int slot)
    {
        if (pc < 0 || pc >= Instructions.Length)
        {
            return pc;
        }

        var operands = InstructionSet.Info((Opcode)Instructions[pc]).Operands;
        for (var i = 0; i < operands.Length; i++)
        {
            if (operands[i] is OperandKind.In or OperandKind.InOut && Instructions[pc + 1 + i] == slot)
            {
                return Lines.HasOperandRead(pc + 1 + i) ? pc + 1 + i : pc;
            }
        }

        return pc;
    }

    /// <summary>The handler of the instruction at <paramref name="offset"/>, or null when an exception there leaves the frame.</summary>
    public ExceptionTableEntry? HandlerAt(int offset)
    {
        foreach (var entry in ExceptionTable)
        {
            if (entry.Covers(offset))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Offsets of every instruction, in order.</summary>
    public IEnumerable<int> InstructionOffsets()
    {
        for (var pc = 0; pc < Instructions.Length; pc += InstructionSet.LengthOf((Opcode)Instructions[pc]))
        {
            yield return pc;
        }
    }
}

using Viper.Frontend.Ast;

namespace Viper.Bytecode.Code;

/// <summary>
/// Maps every instruction offset back to the source span it was compiled from, so tracebacks
/// name the line (and can underline the expression) of the instruction that raised. An operand
/// word may have a span of its own: where the instruction reads a local named there (see
/// <see cref="CodeObject.UnboundReadOffset"/>).
/// </summary>
public sealed class LineTable(int[] starts, SourceSpan[] spans, int[] operandReads)
{
    private readonly int[] _starts = starts;
    private readonly SourceSpan[] _spans = spans;

    /// <summary>The operand words, in order, whose own span is that of the local name they read.</summary>
    private readonly int[] _operandReads = operandReads;

    public bool HasOperandRead(int offset) => Array.BinarySearch(_operandReads, offset) >= 0;

    public SourceSpan SpanAt(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? default : _spans[index];
    }

    public int LineAt(int offset) => SpanAt(offset).Line;
}

using Viper.Frontend.Ast;

namespace Viper.Bytecode.Code;

/// <summary>
/// Maps every instruction offset back to the source span it was compiled from, so tracebacks
/// name the line (and can underline the expression) of the instruction that raised.
/// </summary>
public sealed class LineTable(int[] starts, SourceSpan[] spans)
{
    private readonly int[] _starts = starts;
    private readonly SourceSpan[] _spans = spans;

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

namespace Viper.Frontend.Ast;

/// <summary>
/// Where a node stands in the source. Lines are 1-based; columns are 0-based character offsets,
/// end exclusive, as in CPython's <c>col_offset</c>/<c>end_col_offset</c> (which count UTF-8 bytes;
/// we count characters because that is what caret lines under the source need).
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan Between(SourceSpan start, SourceSpan end) =>
        new(start.Line, start.Column, end.EndLine, end.EndColumn);
}

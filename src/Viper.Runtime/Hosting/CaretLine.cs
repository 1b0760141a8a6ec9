using System.Text;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Parsing;

namespace Viper.Runtime.Hosting;

/// <summary>
/// The line of markers CPython 3.11 prints under a traceback's source line to point at the
/// expression that failed: <c>^^^^</c> under it, or, for a binary operation or a subscript,
/// <c>~</c> under the operands and <c>^</c> under the operator or the brackets. Nothing is printed
/// when the expression is the whole line and has no operator to single out.
/// </summary>
internal static class CaretLine
{
    /// <summary>The marker line for <paramref name="span"/> under <paramref name="sourceLine"/>, or null for none.</summary>
    public static string? For(string sourceLine, SourceSpan span)
    {
        var line = sourceLine.TrimEnd('\n', '\r');
        if (span.Line <= 0 || span.Column < 0 || span.EndColumn < 0 || span.EndLine < span.Line)
        {
            return null;
        }

        var start = span.Column;
        var end = span.EndColumn;
        var leftEnd = -1;
        var rightStart = -1;
        var primary = '^';
        var secondary = '^';
        if (span.Line == span.EndLine)
        {
            if (end > line.Length || start > end)
            {
                return null;
            }

            if (FindAnchors(line[start..end]) is var (left, right))
            {
                leftEnd = left + start;
                rightStart = right + start;
                primary = '~';
            }
        }
        else
        {
            // An expression running onto later lines is marked up to the last non-blank character.
            end = line.TrimEnd(' ', '\t', '\f').Length;
        }

        var indent = line.Length - line.TrimStart(' ', '\t', '\f').Length;
        var hasAnchors = leftEnd != -1 || rightStart != -1;
        if (end - start == line.Length - indent && !hasAnchors)
        {
            return null;
        }

        var text = new StringBuilder("    ");
        for (var offset = indent + 1; offset <= end; offset++)
        {
            text.Append(offset <= start ? ' ' : hasAnchors && leftEnd < offset && offset <= rightStart ? secondary : primary);
        }

        return text.ToString();
    }

    /// <summary>
    /// Reparses the failing expression's text on its own, as CPython does, and finds the operator
    /// of a binary operation or the brackets of a subscript. Offsets are relative to <paramref name="segment"/>.
    /// </summary>
    private static (int LeftEnd, int RightStart)? FindAnchors(string segment)
    {
        Module module;
        try
        {
            module = Parser.ParseModule(segment, "<traceback>");
        }
        catch (Exception error) when (error is PythonSyntaxError or CompilationLimitError)
        {
            return null;
        }

        if (module.Body is not [ExprStmt { Value: var expression }])
        {
            return null;
        }

        switch (expression)
        {
            case BinOp binary:
                {
                    // The operator is the first character after the left operand that is neither
                    // blank nor a closing parenthesis; two non-blank characters make '//' or '**'.
                    var at = binary.Left.Span.EndColumn;
                    while (at < segment.Length && (IsBlank(segment[at]) || segment[at] is ')' or '#'))
                    {
                        at++;
                    }

                    var twoCharacters = at + 1 < binary.Right.Span.Column && !IsBlank(segment[at + 1]);
                    return (at, twoCharacters ? at + 2 : at + 1);
                }

            case Subscript subscript:
                {
                    var open = subscript.Value.Span.EndColumn;
                    while (open < segment.Length && segment[open] != '[')
                    {
                        open++;
                    }

                    var close = subscript.Index.Span.EndColumn + 1;
                    while (close < segment.Length && segment[close] != ']')
                    {
                        close++;
                    }

                    return (open, close < segment.Length ? close + 1 : close);
                }

            default:
                return null;
        }
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\f';
}

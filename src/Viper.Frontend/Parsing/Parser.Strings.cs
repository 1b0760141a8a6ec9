using System.Text;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;

namespace Viper.Frontend.Parsing;

/// <summary>
/// String literals: adjacent literals concatenate (reference §2.4.2), and f-strings are split into
/// literal parts and replacement fields here, as CPython 3.11's parser does (Parser/string_parser.c).
/// </summary>
public sealed partial class Parser
{
    // strings: STRING+
    private Expr ParseStrings()
    {
        var first = Current;
        var tokens = new List<Token>();
        while (Current.Kind is TokenKind.String or TokenKind.Bytes or TokenKind.FString)
        {
            tokens.Add(Advance());
        }

        var span = SourceSpan.Between(first.Span, tokens[^1].Span);
        var bytesCount = tokens.Count(t => t.Kind == TokenKind.Bytes);
        if (bytesCount > 0 && bytesCount < tokens.Count)
        {
            throw new PythonSyntaxError(
                "SyntaxError", "cannot mix bytes and nonbytes literals", span.EndLine, span.EndColumn + 1, span.EndColumn + 1);
        }

        if (bytesCount > 0)
        {
            return new BytesLiteral([.. tokens.SelectMany(t => (byte[])t.Value!)]) { Span = span };
        }

        if (tokens.All(t => t.Kind == TokenKind.String))
        {
            var value = tokens.Count == 1 ? (string)tokens[0].Value! : string.Concat(tokens.Select(t => (string)t.Value!));
            return new StrLiteral(value) { Span = span };
        }

        var builder = new JoinedStrBuilder(span);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.String)
            {
                builder.Literal.Append((string)token.Value!);
            }
            else
            {
                var body = (FStringBody)token.Value!;
                var index = 0;
                ParseFStringParts(body, token, ref index, builder, nested: false);
            }
        }

        return builder.Build();
    }

    /// <summary>Collects an f-string's parts, merging adjacent literal text into one <see cref="StrLiteral"/>.</summary>
    private sealed class JoinedStrBuilder(SourceSpan span)
    {
        private readonly List<Expr> _parts = [];

        public StringBuilder Literal { get; } = new();

        public SourceSpan Span { get; } = span;

        public void Add(Expr part)
        {
            FlushLiteral();
            _parts.Add(part);
        }

        public JoinedStr Build()
        {
            FlushLiteral();
            return new JoinedStr(_parts) { Span = Span };
        }

        private void FlushLiteral()
        {
            if (Literal.Length > 0)
            {
                _parts.Add(new StrLiteral(Literal.ToString()) { Span = Span });
                Literal.Clear();
            }
        }
    }

    /// <summary>
    /// Reads literal text and <c>{...}</c> fields from <paramref name="index"/>. In a format spec
    /// (<paramref name="nested"/>) it stops before the '}' that closes the enclosing field.
    /// </summary>
    private void ParseFStringParts(FStringBody body, Token token, ref int index, JoinedStrBuilder builder, bool nested)
    {
        var text = body.Text;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '{')
            {
                if (!nested && index + 1 < text.Length && text[index + 1] == '{')
                {
                    builder.Literal.Append('{');
                    index += 2;
                    continue;
                }

                ParseFStringField(body, token, ref index, builder);
            }
            else if (c == '}')
            {
                if (nested)
                {
                    return;
                }

                if (index + 1 < text.Length && text[index + 1] == '}')
                {
                    builder.Literal.Append('}');
                    index += 2;
                    continue;
                }

                throw FStringError(token, "f-string: single '}' is not allowed");
            }
            else
            {
                var end = index;
                while (end < text.Length && text[end] is not ('{' or '}'))
                {
                    // A \N{...} escape's braces belong to the escape, not to a field.
                    end += !body.IsRaw && text[end] == '\\' && end + 1 < text.Length && text[end + 1] == 'N'
                        && end + 2 < text.Length && text[end + 2] == '{'
                        ? Math.Max(text.IndexOf('}', end) + 1 - end, 1)
                        : 1;
                }

                end = Math.Min(end, text.Length);
                var literal = text.AsSpan(index, end - index);
                if (body.IsRaw)
                {
                    builder.Literal.Append(literal);
                }
                else
                {
                    try
                    {
                        builder.Literal.Append(StringDecoder.DecodeString(literal));
                    }
                    catch (StringDecodingException e)
                    {
                        throw FStringError(token, e.Message);
                    }
                }

                index = end;
            }
        }
    }

    // A replacement field: '{' expression ['='] ['!' conversion] [':' format_spec] '}'
    private void ParseFStringField(FStringBody body, Token token, ref int index, JoinedStrBuilder builder)
    {
        var span = builder.Span;
        var text = body.Text;
        var expressionStart = ++index;
        index = FindEndOfFieldExpression(text, index, token);
        var expressionText = text[expressionStart..index];
        if (string.IsNullOrWhiteSpace(expressionText))
        {
            throw FStringError(token, "f-string: empty expression not allowed");
        }

        var value = ParseFieldExpression(body, token, expressionStart, expressionText);
        string? selfDocumentation = null;
        if (text[index] == '=')
        {
            index++;
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            selfDocumentation = text[expressionStart..index];
        }

        var conversion = '\0';
        if (index < text.Length && text[index] == '!')
        {
            index++;
            if (index >= text.Length)
            {
                throw FStringError(token, "f-string: expecting '}'");
            }

            conversion = text[index++];
            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw FStringError(token, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        JoinedStr? formatSpec = null;
        if (index < text.Length && text[index] == ':')
        {
            index++;
            var specBuilder = new JoinedStrBuilder(span);
            ParseFStringParts(body, token, ref index, specBuilder, nested: true);
            formatSpec = specBuilder.Build();
        }

        if (index >= text.Length || text[index] != '}')
        {
            throw FStringError(token, "f-string: expecting '}'");
        }

        index++;
        if (selfDocumentation is not null && conversion == '\0' && formatSpec is null)
        {
            conversion = 'r';
        }

        // {x=} shows its own source text before the value.
        builder.Literal.Append(selfDocumentation);
        builder.Add(new FormattedValue(value, conversion, formatSpec) { Span = span });
    }

    /// <summary>
    /// Scans to the end of a field's expression: the first top-level '!', ':', '=', or '}' that is
    /// not part of '!=', '==', '&lt;=', '&gt;=' and not inside brackets or a nested string
    /// (fstring_find_expr in CPython 3.11).
    /// </summary>
    private static int FindEndOfFieldExpression(string text, int index, Token token)
    {
        var depth = 0;
        char quote = '\0';
        var tripleQuoted = false;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '\\')
            {
                throw FStringError(token, "f-string expression part cannot include a backslash");
            }

            if (quote != '\0')
            {
                if (c == quote && (!tripleQuoted || (index + 2 < text.Length && text[index + 1] == quote && text[index + 2] == quote)))
                {
                    index += tripleQuoted ? 3 : 1;
                    quote = '\0';
                    continue;
                }

                index++;
                continue;
            }

            var next = index + 1 < text.Length ? text[index + 1] : '\0';
            if (c is '\'' or '"')
            {
                quote = c;
                tripleQuoted = next == c && index + 2 < text.Length && text[index + 2] == c;
                index += tripleQuoted ? 3 : 1;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c == '#')
            {
                throw FStringError(token, "f-string expression part cannot include '#'");
            }
            else if (depth == 0 && c is '!' or ':' or '}' or '=' or '<' or '>')
            {
                if (next == '=' && c is '!' or '=' or '<' or '>')
                {
                    index += 2;
                    continue;
                }

                if (c is not ('<' or '>'))
                {
                    return index;
                }
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }

            index++;
        }

        throw FStringError(token, quote != '\0' ? "f-string: unterminated string" : "f-string: expecting '}'");
    }

    /// <summary>
    /// Parses a field's expression with a sub-parser over its text, wrapped in parentheses as CPython
    /// does (so it may span lines), with positions placed where the text sits in the file.
    /// </summary>
    private Expr ParseFieldExpression(FStringBody body, Token token, int start, string expressionText)
    {
        var line = body.Line;
        var column = body.Column + start;
        var lastNewline = body.Text.LastIndexOf('\n', Math.Max(start - 1, 0));
        if (start > 0 && lastNewline >= 0)
        {
            line += body.Text.AsSpan(0, start).Count('\n');
            column = start - lastNewline - 1;
        }

        try
        {
            var tokens = Lexer.Tokenize($"({expressionText})", line, column - 1);
            var parser = new Parser(tokens) { _privateName = _privateName };
            parser.Expect(TokenKind.LeftParen);
            parser._bracketDepth++;
            var expression = parser.ParseYieldOrStarExpressions();
            parser.MissingCommaCheck(expression, TokenKind.RightParen);
            parser.CloseBracket(TokenKind.RightParen);
            return expression;
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonSyntaxError(e.TypeName, $"f-string: {e.Message}", e.Line, e.Column, e.EndColumn);
        }
    }

    private static PythonSyntaxError FStringError(Token token, string message) =>
        new("SyntaxError", message, token.Span.Line, token.Span.Column + 1, token.Span.EndColumn + 1);
}

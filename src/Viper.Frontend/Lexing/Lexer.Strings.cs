using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;

namespace Viper.Frontend.Lexing;

public sealed partial class Lexer
{
    /// <summary>Accepts r, u, b, f, and the pairs rb/br and rf/fr, in any case.</summary>
    private static StringPrefix ParseStringPrefix(ReadOnlySpan<char> text)
    {
        var prefix = StringPrefix.None;
        foreach (var c in text)
        {
            var flag = char.ToLowerInvariant(c) switch
            {
                'r' => StringPrefix.Raw,
                'b' => StringPrefix.Bytes,
                'f' => StringPrefix.Formatted,
                'u' => StringPrefix.Unicode,
                _ => StringPrefix.Invalid,
            };
            if ((prefix & flag) != 0)
            {
                return StringPrefix.Invalid;
            }

            prefix |= flag;
        }

        return prefix is StringPrefix.None or StringPrefix.Raw or StringPrefix.Bytes or StringPrefix.Formatted
            or StringPrefix.Unicode or (StringPrefix.Raw | StringPrefix.Bytes) or (StringPrefix.Raw | StringPrefix.Formatted)
            ? prefix
            : StringPrefix.Invalid;
    }

    private void ReadString(int tokenStart, int quoteStart, StringPrefix prefix)
    {
        var startLine = _line;
        var startColumn = ColumnOf(tokenStart);
        var quote = _source[quoteStart];
        var triple = PeekChar(1) == quote && PeekChar(2) == quote;
        var quoteLength = triple ? 3 : 1;
        _pos = quoteStart + quoteLength;
        var bodyStart = _pos;
        var bodyColumn = ColumnOf(bodyStart);
        int bodyEnd;
        while (true)
        {
            if (AtEnd)
            {
                throw UnterminatedString(triple, startLine, startColumn);
            }

            var c = Current;
            if (c == quote && (!triple || (PeekChar(1) == quote && PeekChar(2) == quote)))
            {
                bodyEnd = _pos;
                _pos += quoteLength;
                break;
            }

            if (c == '\n')
            {
                if (!triple)
                {
                    throw UnterminatedString(triple, startLine, startColumn);
                }

                NextLine();
                continue;
            }

            _pos++;
            if (c == '\\' && !AtEnd)
            {
                if (Current == '\n')
                {
                    NextLine();
                }
                else
                {
                    _pos++;
                }
            }
        }

        var span = new SourceSpan(startLine, startColumn, _line, Column);
        var body = _source.AsSpan(bodyStart, bodyEnd - bodyStart);
        var raw = (prefix & StringPrefix.Raw) != 0;
        var text = _source.Substring(tokenStart, _pos - tokenStart);
        if ((prefix & StringPrefix.Formatted) != 0)
        {
            _tokens.Add(new Token(TokenKind.FString, text, new FStringBody(body.ToString(), raw, startLine, bodyColumn), span));
        }
        else if ((prefix & StringPrefix.Bytes) != 0)
        {
            _tokens.Add(new Token(TokenKind.Bytes, text, DecodeBytesOrThrow(body, raw, span), span));
        }
        else
        {
            var value = raw ? body.ToString() : DecodeStringOrThrow(body, span);
            _tokens.Add(new Token(TokenKind.String, text, value, span));
        }
    }

    private static string DecodeStringOrThrow(ReadOnlySpan<char> body, SourceSpan span)
    {
        try
        {
            return StringDecoder.DecodeString(body);
        }
        catch (StringDecodingException e)
        {
            throw new PythonSyntaxError("SyntaxError", e.Message, span.EndLine, span.EndColumn + 1, span.EndColumn + 1);
        }
    }

    private static byte[] DecodeBytesOrThrow(ReadOnlySpan<char> body, bool raw, SourceSpan span)
    {
        foreach (var c in body)
        {
            if (c > 0x7F)
            {
                throw new PythonSyntaxError(
                    "SyntaxError", "bytes can only contain ASCII literal characters", span.Line, span.Column + 1, span.EndColumn + 1);
            }
        }

        try
        {
            return StringDecoder.DecodeBytes(body, raw);
        }
        catch (StringDecodingException e)
        {
            throw new PythonSyntaxError("SyntaxError", e.Message, span.EndLine, span.EndColumn + 1, span.EndColumn + 1);
        }
    }

    private PythonSyntaxError UnterminatedString(bool triple, int startLine, int startColumn)
    {
        // CPython names the line the scan stopped on; a triple-quoted string is only ever
        // unterminated at end of input, so an interactive prompt should ask for more.
        // A final newline ends the last line rather than starting another one.
        var detectedAt = triple && _pos > 0 && _source[_pos - 1] == '\n' ? _line - 1 : _line;
        var message = triple
            ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
            : $"unterminated string literal (detected at line {detectedAt})";
        return new PythonSyntaxError("SyntaxError", message, startLine, startColumn + 1, startColumn + 1)
        {
            IsIncompleteInput = triple,
        };
    }
}

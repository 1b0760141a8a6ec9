using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;

namespace Viper.Frontend.Lexing;

/// <summary>
/// A hand-written tokenizer following CPython 3.11's Parser/tokenizer.c: it turns source text into
/// tokens including the layout tokens NEWLINE, INDENT and DEDENT, reporting errors with CPython's
/// messages and positions.
/// </summary>
public sealed partial class Lexer
{
    private static readonly int TabSize = 8;

    // A switch rather than a Dictionary<string, TokenKind>: the compiler turns it into length and
    // character tests, and it needs no framework generic over TokenKind, which ReadyToRun cannot
    // precompile and so would be JIT-compiled on every start.
    private static TokenKind KeywordOrName(string text) => text switch
    {
        "False" => TokenKind.False,
        "None" => TokenKind.None,
        "True" => TokenKind.True,
        "and" => TokenKind.And,
        "as" => TokenKind.As,
        "assert" => TokenKind.Assert,
        "async" => TokenKind.Async,
        "await" => TokenKind.Await,
        "break" => TokenKind.Break,
        "class" => TokenKind.Class,
        "continue" => TokenKind.Continue,
        "def" => TokenKind.Def,
        "del" => TokenKind.Del,
        "elif" => TokenKind.Elif,
        "else" => TokenKind.Else,
        "except" => TokenKind.Except,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "from" => TokenKind.From,
        "global" => TokenKind.Global,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "lambda" => TokenKind.Lambda,
        "nonlocal" => TokenKind.Nonlocal,
        "not" => TokenKind.Not,
        "or" => TokenKind.Or,
        "pass" => TokenKind.Pass,
        "raise" => TokenKind.Raise,
        "return" => TokenKind.Return,
        "try" => TokenKind.Try,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        "yield" => TokenKind.Yield,
        _ => TokenKind.Name,
    };

    private readonly string _source;
    private readonly int _firstLine;
    private readonly int _firstLineColumnOffset;
    private readonly List<Token> _tokens = [];

    // Indentation stack as CPython keeps it: columns with tabs expanded to multiples of 8, and
    // "alternate" columns with tabs counted as 1, to detect indentation whose meaning depends on tab size.
    // Arrays as long as the most levels allowed, not List<int>s: ReadyToRun has no List<int> code
    // to share with the framework, so every program with an indented block JIT-compiled its methods.
    private readonly int[] _indents = new int[MaxIndentLevels];
    private readonly int[] _altIndents = new int[MaxIndentLevels];

    /// <summary>Entries of <see cref="_indents"/> and <see cref="_altIndents"/> in use: the outermost level (0) and the open blocks.</summary>
    private int _indentLevels = 1;
    private readonly List<OpenBracket> _brackets = [];

    // CPython's tokenizer limits (MAXLEVEL and MAXINDENT in Parser/tokenizer.h).
    private const int MaxBracketDepth = 200;
    private const int MaxIndentLevels = 100;

    private int _pos;
    private int _line;
    private int _lineStart;

    private Lexer(string source, int firstLine, int firstLineColumnOffset)
    {
        _source = source.Contains('\r') ? source.Replace("\r\n", "\n").Replace('\r', '\n') : source;
        _firstLine = firstLine;
        _firstLineColumnOffset = firstLineColumnOffset;
        _line = firstLine;
    }

    public static List<Token> Tokenize(string source) => new Lexer(source, 1, 0).Run();

    /// <summary>
    /// Tokenizes source embedded in a larger file (an f-string field), so that positions come out
    /// relative to that file: the text starts at <paramref name="line"/>, <paramref name="column"/>.
    /// </summary>
    public static List<Token> Tokenize(string source, int line, int column) => new Lexer(source, line, column).Run();

    private char Current => _pos < _source.Length ? _source[_pos] : '\0';

    private char PeekChar(int offset = 1) => _pos + offset < _source.Length ? _source[_pos + offset] : '\0';

    private bool AtEnd => _pos >= _source.Length;

    private int ColumnOf(int position) =>
        position - _lineStart + (_line == _firstLine ? _firstLineColumnOffset : 0);

    private int Column => ColumnOf(_pos);

    private List<Token> Run()
    {
        var atLineStart = true;
        while (true)
        {
            if (atLineStart)
            {
                if (_brackets.Count == 0 && ReadIndentation())
                {
                    continue;
                }

                atLineStart = false;
            }

            SkipWhitespace();
            if (AtEnd)
            {
                FinishAtEndOfFile();
                return _tokens;
            }

            var c = Current;
            if (c == '#')
            {
                while (!AtEnd && Current != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '\n')
            {
                if (_brackets.Count == 0)
                {
                    Add(TokenKind.Newline, "", _pos, _pos + 1);
                }

                NextLine();
                atLineStart = true;
            }
            else if (c == '\\')
            {
                ReadLineContinuation();
            }
            else if (IsIdentifierStart(c))
            {
                ReadNameOrString();
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(PeekChar())))
            {
                ReadNumber();
            }
            else if (c is '\'' or '"')
            {
                ReadString(_pos, _pos, StringPrefix.None);
            }
            else
            {
                ReadOperator();
            }
        }
    }

    private void NextLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void SkipWhitespace()
    {
        while (Current is ' ' or '\t' or '\f')
        {
            _pos++;
        }
    }

    /// <summary>
    /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens. Returns true
    /// when the line was blank or held only a comment: such lines produce no tokens at all.
    /// </summary>
    private bool ReadIndentation()
    {
        var column = 0;
        var altColumn = 0;
        while (true)
        {
            if (Current == ' ')
            {
                column++;
                altColumn++;
            }
            else if (Current == '\t')
            {
                column = ((column / TabSize) + 1) * TabSize;
                altColumn++;
            }
            else if (Current == '\f')
            {
                column = altColumn = 0;
            }
            else
            {
                break;
            }

            _pos++;
        }

        if (Current == '#' || Current == '\n')
        {
            while (!AtEnd && Current != '\n')
            {
                _pos++;
            }

            if (!AtEnd)
            {
                NextLine();
            }

            return true;
        }

        if (AtEnd)
        {
            return false;
        }

        if (column > _indents[_indentLevels - 1])
        {
            if (altColumn <= _altIndents[_indentLevels - 1])
            {
                throw TabError();
            }

            if (_indentLevels >= MaxIndentLevels)
            {
                // CPython shows the line but no caret for this one.
                throw new PythonSyntaxError("IndentationError", "too many levels of indentation", _line, 0, 0);
            }

            _indents[_indentLevels] = column;
            _altIndents[_indentLevels] = altColumn;
            _indentLevels++;
            Add(TokenKind.Indent, "", _lineStart, _pos);
            return false;
        }

        if (column == _indents[_indentLevels - 1])
        {
            if (altColumn != _altIndents[_indentLevels - 1])
            {
                throw TabError();
            }

            return false;
        }

        while (_indentLevels > 1 && column < _indents[_indentLevels - 1])
        {
            _indentLevels--;
            Add(TokenKind.Dedent, "", _pos, _pos);
        }

        if (column != _indents[_indentLevels - 1])
        {
            // CPython reports this one at the end of the offending line.
            var lineEnd = _source.IndexOf('\n', _pos);
            var endColumn = ColumnOf(lineEnd < 0 ? _source.Length : lineEnd) + 1;
            throw new PythonSyntaxError(
                "IndentationError", "unindent does not match any outer indentation level", _line, endColumn, endColumn);
        }

        if (altColumn != _altIndents[_indentLevels - 1])
        {
            throw TabError();
        }

        return false;
    }

    private PythonSyntaxError TabError() =>
        new("TabError", "inconsistent use of tabs and spaces in indentation", _line, 1, 0);

    private void ReadLineContinuation()
    {
        var start = _pos;
        var line = _line;
        var column = ColumnOf(start) + 2;
        _pos++;
        if (Current == '\n')
        {
            NextLine();
        }
        else if (!AtEnd)
        {
            // CPython reports no end for this one: its end_offset is 0.
            throw new PythonSyntaxError("SyntaxError", "unexpected character after line continuation character", _line, ColumnOf(start + 1) + 1, 0);
        }

        if (AtEnd)
        {
            // CPython's parser raises this one with no end at all: end_offset -1.
            throw new PythonSyntaxError("SyntaxError", "unexpected EOF while parsing", line, column, -1)
            {
                IsIncompleteInput = true,
            };
        }
    }

    private void FinishAtEndOfFile()
    {
        // A bracket still open is not an error yet: as CPython's tokenizer does, the input just ends
        // there, without closing the line or its blocks, and the parser decides whether the bracket
        // explains its error (Parser.UnclosedBracketError); the end-of-file token carries the innermost one.
        if (_brackets.Count == 0)
        {
            if (_tokens.Count > 0 && _tokens[^1].Kind is not (TokenKind.Newline or TokenKind.Dedent))
            {
                Add(TokenKind.Newline, "", _pos, _pos);
            }

            for (var i = 1; i < _indentLevels; i++)
            {
                Add(TokenKind.Dedent, "", _pos, _pos);
            }
        }

        Add(TokenKind.EndOfFile, "", _pos, _pos, _brackets.Count > 0 ? _brackets[^1] : null);
    }

    private void ReadNameOrString()
    {
        var start = _pos;
        _pos++;
        while (!AtEnd && IsIdentifierPart(Current))
        {
            _pos++;
        }

        if (Current is '\'' or '"' && _pos - start <= 2)
        {
            var prefix = ParseStringPrefix(_source.AsSpan(start, _pos - start));
            if (prefix != StringPrefix.Invalid)
            {
                ReadString(start, _pos, prefix);
                return;
            }
        }

        var text = _source.Substring(start, _pos - start);
        if (!System.Text.Ascii.IsValid(text))
        {
            ValidateIdentifier(start, text);
        }

        Add(KeywordOrName(text), text, start, _pos);
    }

    private void ValidateIdentifier(int start, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsIdentifierPart(text[i]) || char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.OtherPunctuation
                or System.Globalization.UnicodeCategory.MathSymbol)
            {
                throw InvalidCharacter(start + i);
            }
        }
    }

    private static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c == '_' || (c > 0x7F && (char.IsLetter(c) || char.IsSurrogate(c)));

    private static bool IsIdentifierPart(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 0x7F && IsNonAsciiIdentifierPart(c));

    private static bool IsNonAsciiIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or
            System.Globalization.UnicodeCategory.SpacingCombiningMark or
            System.Globalization.UnicodeCategory.ConnectorPunctuation or
            System.Globalization.UnicodeCategory.LetterNumber;

    private void ReadOperator()
    {
        var start = _pos;
        var (kind, text) = MatchOperator();
        if (text.Length == 0)
        {
            throw InvalidCharacter(start);
        }

        _pos += text.Length;
        switch (kind)
        {
            case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                if (_brackets.Count >= MaxBracketDepth)
                {
                    throw new PythonSyntaxError("too many nested parentheses", _line, ColumnOf(start) + 1);
                }

                _brackets.Add(new OpenBracket(text[0], _line, ColumnOf(start)));
                break;
            case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                CloseBracket(text[0], start);
                break;
        }

        Add(kind, text, start, _pos);
    }

    private void CloseBracket(char close, int position)
    {
        var column = ColumnOf(position) + 1;
        if (_brackets.Count == 0)
        {
            throw new PythonSyntaxError("SyntaxError", $"unmatched '{close}'", _line, column, column);
        }

        var (open, line, _) = _brackets[^1];
        _brackets.RemoveAt(_brackets.Count - 1);
        if ((open, close) is not (('(', ')') or ('[', ']') or ('{', '}')))
        {
            var message = line == _line
                ? $"closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                : $"closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line}";
            throw new PythonSyntaxError("SyntaxError", message, _line, column, column);
        }
    }

    /// <summary>An operator or delimiter token's kind and text; a struct of Viper's own, where a value tuple of an enum and a string had its constructor JIT-compiled at every start.</summary>
    private readonly record struct OperatorMatch(TokenKind Kind, string Text);

    private OperatorMatch MatchOperator()
    {
        var c = Current;
        var next = PeekChar();
        var third = PeekChar(2);
        return c switch
        {
            '(' => new(TokenKind.LeftParen, "("),
            ')' => new(TokenKind.RightParen, ")"),
            '[' => new(TokenKind.LeftBracket, "["),
            ']' => new(TokenKind.RightBracket, "]"),
            '{' => new(TokenKind.LeftBrace, "{"),
            '}' => new(TokenKind.RightBrace, "}"),
            ',' => new(TokenKind.Comma, ","),
            ';' => new(TokenKind.Semicolon, ";"),
            '~' => new(TokenKind.Tilde, "~"),
            ':' => next == '=' ? new(TokenKind.ColonEqual, ":=") : new(TokenKind.Colon, ":"),
            '.' => next == '.' && third == '.' ? new(TokenKind.Ellipsis, "...") : new(TokenKind.Dot, "."),
            '-' => next switch
            {
                '>' => new(TokenKind.Arrow, "->"),
                '=' => new(TokenKind.MinusEqual, "-="),
                _ => new(TokenKind.Minus, "-"),
            },
            '+' => next == '=' ? new(TokenKind.PlusEqual, "+=") : new(TokenKind.Plus, "+"),
            '*' => next == '*'
                ? third == '=' ? new(TokenKind.DoubleStarEqual, "**=") : new(TokenKind.DoubleStar, "**")
                : next == '=' ? new(TokenKind.StarEqual, "*=") : new(TokenKind.Star, "*"),
            '/' => next == '/'
                ? third == '=' ? new(TokenKind.DoubleSlashEqual, "//=") : new(TokenKind.DoubleSlash, "//")
                : next == '=' ? new(TokenKind.SlashEqual, "/=") : new(TokenKind.Slash, "/"),
            '<' => next switch
            {
                '<' => third == '=' ? new(TokenKind.LeftShiftEqual, "<<=") : new(TokenKind.LeftShift, "<<"),
                '=' => new(TokenKind.LessEqual, "<="),
                _ => new(TokenKind.Less, "<"),
            },
            '>' => next switch
            {
                '>' => third == '=' ? new(TokenKind.RightShiftEqual, ">>=") : new(TokenKind.RightShift, ">>"),
                '=' => new(TokenKind.GreaterEqual, ">="),
                _ => new(TokenKind.Greater, ">"),
            },
            '=' => next == '=' ? new(TokenKind.EqEqual, "==") : new(TokenKind.Equal, "="),
            '!' => next == '=' ? new(TokenKind.NotEqual, "!=") : new(TokenKind.EndOfFile, ""),
            '%' => next == '=' ? new(TokenKind.PercentEqual, "%=") : new(TokenKind.Percent, "%"),
            '@' => next == '=' ? new(TokenKind.AtEqual, "@=") : new(TokenKind.At, "@"),
            '&' => next == '=' ? new(TokenKind.AmpersandEqual, "&=") : new(TokenKind.Ampersand, "&"),
            '|' => next == '=' ? new(TokenKind.VerticalBarEqual, "|=") : new(TokenKind.VerticalBar, "|"),
            '^' => next == '=' ? new(TokenKind.CircumflexEqual, "^=") : new(TokenKind.Circumflex, "^"),
            _ => new(TokenKind.EndOfFile, ""),
        };
    }

    private PythonSyntaxError InvalidCharacter(int position)
    {
        var c = _source[position];
        var column = ColumnOf(position) + 1;
        if (c < 0x80)
        {
            // Stray printable ASCII such as '$' or '?' is left to the parser in CPython, which
            // reports plain "invalid syntax" at it; control characters get their own message.
            return char.IsControl(c)
                ? new PythonSyntaxError("SyntaxError", $"invalid non-printable character U+{(int)c:X4}", _line, column, column)
                : new PythonSyntaxError("SyntaxError", "invalid syntax", _line, column, column + 1);
        }

        var rune = System.Text.Rune.GetRuneAt(_source, position);
        return new PythonSyntaxError("SyntaxError", $"invalid character '{rune}' (U+{rune.Value:X4})", _line, column, column);
    }

    private void Add(TokenKind kind, string text, int start, int end, object? value = null) =>
        _tokens.Add(new Token(kind, text, value, new SourceSpan(_line, ColumnOf(start), _line, ColumnOf(end))));
}

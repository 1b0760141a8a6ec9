using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;

namespace Viper.Frontend.Parsing;

/// <summary>
/// A recursive-descent parser for Python 3.11, producing the AST of <see cref="Ast"/>. Each parse
/// method is headed by the rule of the Python grammar (Grammar/python.gram) it implements; error
/// messages and positions follow CPython 3.11 for the common mistakes.
/// </summary>
public sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private int _pos;

    // How many brackets enclose the current position; CPython only suggests a missing comma inside brackets.
    private int _bracketDepth;

    // CPython's parser gives up with MemoryError when its stack passes 6000 rule calls; a chain of
    // 5968 unary operators is the first to hit it. Viper counts the recursive rules (expression,
    // unary operators, 'not', the right side of '**') so that chain fails at the same length, and
    // no input can exhaust the real stack.
    private const int MaxNesting = 5968;

    private int _nesting;

    // The furthest token the parser has read, even if it backtracked since: CPython decides from its
    // last fetched token whether a bracket left open explains a syntax error (UnclosedBracketError).
    private int _furthest;

    // Whether the source was read from a file, which moves a few end-of-input error positions.
    private readonly bool _fromFile;

    // The innermost class whose body (or a function in it) is being parsed: its private names are mangled.
    private string? _privateName;

    private Parser(List<Token> tokens, bool fromFile = false)
    {
        _tokens = tokens;
        _fromFile = fromFile;
    }

    /// <summary>Parses a whole module, as <c>compile(source, fileName, 'exec')</c> does.</summary>
    /// <param name="source">The module's source text.</param>
    /// <param name="fileName">The file name; errors carry positions only, so it is not used yet.</param>
    /// <param name="fromFile">True for a script or module file, false for a string (<c>-c</c>, <c>compile()</c>).</param>
    public static Module ParseModule(string source, string fileName, bool fromFile = false)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return new Parser(Lexer.Tokenize(source), fromFile).Run(static parser => parser.ParseFile());
    }

    /// <summary>Parses an expression, as <c>compile(source, '&lt;string&gt;', 'eval')</c> does.</summary>
    public static Expr ParseExpression(string source)
    {
        // eval() ignores leading indentation, so layout tokens carry no meaning here.
        var tokens = Lexer.Tokenize(source).Where(t => t.Kind is not (TokenKind.Indent or TokenKind.Dedent)).ToList();
        return new Parser(tokens).Run(static parser => parser.ParseEvalInput());
    }

    /// <summary>Parses with <paramref name="rule"/>, reporting an error that a bracket left open explains as CPython does.</summary>
    private T Run<T>(Func<Parser, T> rule)
    {
        try
        {
            return rule(this);
        }
        catch (PythonSyntaxError) when (UnclosedBracketError() is { } unclosed)
        {
            throw unclosed;
        }
    }

    /// <summary>
    /// A bracket left open at the end of input explains a syntax error as CPython's parser decides
    /// (Parser/pegen_errors.c): when the parser read as far as the end of input, or read a token on a
    /// line after the bracket's. Otherwise the error stands, which is why <c>def f(:</c> is "invalid
    /// syntax" at the colon and <c>f(a b c</c> asks for a comma.
    /// </summary>
    private PythonSyntaxError? UnclosedBracketError()
    {
        if (_tokens[^1].Value is not OpenBracket bracket)
        {
            return null;
        }

        var furthest = _tokens[_furthest];
        if (furthest.Kind != TokenKind.EndOfFile && furthest.Span.Line <= bracket.Line)
        {
            return null;
        }

        // The tokenizer raises it with end_offset 0, as CPython reports it.
        return new PythonSyntaxError("SyntaxError", $"'{bracket.Open}' was never closed", bracket.Line, bracket.Column + 1, 0)
        {
            IsIncompleteInput = true,
        };
    }

    // eval: expressions NEWLINE* ENDMARKER
    private Expr ParseEvalInput()
    {
        var expression = ParseStarExpressions();
        while (Match(TokenKind.Newline))
        {
        }

        if (!Check(TokenKind.EndOfFile))
        {
            throw InvalidSyntax();
        }

        return expression;
    }

    private void EnterNesting()
    {
        if (++_nesting > MaxNesting)
        {
            throw CompilationLimitError.ParserStackOverflow();
        }
    }

    private Token Current => _tokens[_pos];

    private Token Previous => _tokens[_pos - 1];

    private Token Peek(int offset = 1)
    {
        var position = Math.Min(_pos + offset, _tokens.Count - 1);
        _furthest = Math.Max(_furthest, position);
        return _tokens[position];
    }

    private bool Check(TokenKind kind) => Current.Kind == kind;

    private bool CheckName(string softKeyword) => Current.Kind == TokenKind.Name && Current.Text == softKeyword;

    private Token Advance()
    {
        var token = _tokens[_pos];
        if (_pos < _tokens.Count - 1)
        {
            _pos++;
            _furthest = Math.Max(_furthest, _pos);
        }

        return token;
    }

    private bool Match(TokenKind kind)
    {
        if (!Check(kind))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind) => Check(kind) ? Advance() : throw InvalidSyntax();

    private string ExpectName() => Expect(TokenKind.Name).Text;

    /// <summary>A name that binds or looks up a variable or attribute, mangled if private (see <see cref="PrivateNames"/>).</summary>
    private string ExpectMangledName() => Mangle(ExpectName());

    private string Mangle(string identifier) => PrivateNames.Mangle(_privateName, identifier);

    /// <summary>The forced tokens of CPython's grammar (<c>&amp;&amp;':'</c>) report "expected ':'" after the previous token.</summary>
    private void ExpectColon()
    {
        if (Match(TokenKind.Colon))
        {
            return;
        }

        if (Check(TokenKind.Equal))
        {
            // CPython's invalid_named_expression: a condition written as an assignment.
            var equal = Current.Span;
            throw new PythonSyntaxError("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", equal.Line, equal.Column + 1, equal.EndColumn + 1);
        }

        if (StartsExpression(Current.Kind) && Current.Span.Line == Previous.Span.Line)
        {
            throw InvalidSyntax();
        }

        var end = Previous.Span;
        throw new PythonSyntaxError("SyntaxError", "expected ':'", end.EndLine, end.EndColumn + 1, end.EndColumn + 1)
        {
            IsIncompleteInput = Check(TokenKind.EndOfFile),
        };
    }

    /// <summary>The last token consumed that is not NEWLINE, INDENT or DEDENT: where a statement ends.</summary>
    private Token LastSignificant()
    {
        var i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            i--;
        }

        return _tokens[Math.Max(i, 0)];
    }

    /// <summary>The span from <paramref name="start"/> to the end of the last token consumed.</summary>
    private SourceSpan From(SourceSpan start) => SourceSpan.Between(start, LastSignificant().Span);

    private static bool StartsExpression(TokenKind kind) => kind is TokenKind.Name or TokenKind.Int or TokenKind.Float
        or TokenKind.Imaginary or TokenKind.String or TokenKind.Bytes or TokenKind.FString or TokenKind.LeftParen
        or TokenKind.LeftBracket or TokenKind.LeftBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde
        or TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.None or TokenKind.True or TokenKind.False
        or TokenKind.Ellipsis;

    private PythonSyntaxError InvalidSyntax() => ErrorAt(Current, "invalid syntax");

    private static PythonSyntaxError ErrorAt(Token token, string message, string typeName = "SyntaxError") =>
        new(typeName, message, token.Span.Line, token.Span.Column + 1, token.Span.EndColumn + 1)
        {
            IsIncompleteInput = token.Kind == TokenKind.EndOfFile,
        };

    private static PythonSyntaxError ErrorAt(Node node, string message) => ErrorAt(node.Span, message);

    private static PythonSyntaxError ErrorAt(SourceSpan span, string message) =>
        new("SyntaxError", message, span.Line, span.Column + 1, span.EndLine == span.Line ? span.EndColumn + 1 : span.Column + 2);
}

using System.Numerics;
using NUnit.Framework;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;

namespace Viper.Tests.Frontend;

public class LexerTests
{
    private static TokenKind[] Kinds(string source) => [.. Lexer.Tokenize(source).Select(t => t.Kind)];

    private static object? SingleValue(string source) => Lexer.Tokenize(source)[0].Value;

    private static PythonSyntaxError Fails(string source) =>
        Assert.Throws<PythonSyntaxError>(() => Lexer.Tokenize(source))!;

    [Test]
    public void SimpleStatementTokens()
    {
        Assert.That(Kinds("x = 1\n"), Is.EqualTo(new[]
        {
            TokenKind.Name, TokenKind.Equal, TokenKind.Int, TokenKind.Newline, TokenKind.EndOfFile,
        }));
    }

    [Test]
    public void MissingFinalNewlineIsSupplied()
    {
        Assert.That(Kinds("pass"), Is.EqualTo(new[] { TokenKind.Pass, TokenKind.Newline, TokenKind.EndOfFile }));
    }

    [Test]
    public void IndentAndDedent()
    {
        var source = "if x:\n    y\n    if z:\n        w\nv\n";
        Assert.That(Kinds(source), Is.EqualTo(new[]
        {
            TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.Name, TokenKind.Newline,
            TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.Name, TokenKind.Newline,
            TokenKind.Dedent, TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndOfFile,
        }));
    }

    [Test]
    public void DedentsAtEndOfFile()
    {
        Assert.That(Kinds("def f():\n  return"), Is.EqualTo(new[]
        {
            TokenKind.Def, TokenKind.Name, TokenKind.LeftParen, TokenKind.RightParen, TokenKind.Colon, TokenKind.Newline,
            TokenKind.Indent, TokenKind.Return, TokenKind.Newline, TokenKind.Dedent, TokenKind.EndOfFile,
        }));
    }

    [Test]
    public void BlankAndCommentLinesProduceNoTokens()
    {
        Assert.That(Kinds("# c\n\n   \nx  # trailing\n      # indented comment\n"), Is.EqualTo(new[]
        {
            TokenKind.Name, TokenKind.Newline, TokenKind.EndOfFile,
        }));
    }

    [Test]
    public void TabIndentsConsistently()
    {
        Assert.That(Kinds("if x:\n\ty\n\tz\n").Count(k => k == TokenKind.Indent), Is.EqualTo(1));
    }

    [Test]
    public void ImplicitAndExplicitLineJoining()
    {
        Assert.That(Kinds("x = (1,\n  2)\ny = 1 + \\\n  2\n"), Is.EqualTo(new[]
        {
            TokenKind.Name, TokenKind.Equal, TokenKind.LeftParen, TokenKind.Int, TokenKind.Comma, TokenKind.Int,
            TokenKind.RightParen, TokenKind.Newline,
            TokenKind.Name, TokenKind.Equal, TokenKind.Int, TokenKind.Plus, TokenKind.Int, TokenKind.Newline,
            TokenKind.EndOfFile,
        }));
    }

    [Test]
    public void KeywordsAndSoftKeywords()
    {
        Assert.That(Kinds("lambda match case _ None async await"), Is.EqualTo(new[]
        {
            TokenKind.Lambda, TokenKind.Name, TokenKind.Name, TokenKind.Name, TokenKind.None, TokenKind.Async,
            TokenKind.Await, TokenKind.Newline, TokenKind.EndOfFile,
        }));
    }

    [TestCase(":= -> **= //= @= ... >>= <<= != == <= >=", new[]
    {
        TokenKind.ColonEqual, TokenKind.Arrow, TokenKind.DoubleStarEqual, TokenKind.DoubleSlashEqual, TokenKind.AtEqual,
        TokenKind.Ellipsis, TokenKind.RightShiftEqual, TokenKind.LeftShiftEqual, TokenKind.NotEqual, TokenKind.EqEqual,
        TokenKind.LessEqual, TokenKind.GreaterEqual,
    })]
    public void Operators(string source, TokenKind[] expected)
    {
        Assert.That(Kinds(source).Take(expected.Length), Is.EqualTo(expected));
    }

    [TestCase("1_000", 1000)]
    [TestCase("0x_ff", 255)]
    [TestCase("0o17", 15)]
    [TestCase("0b1_01", 5)]
    [TestCase("0", 0)]
    [TestCase("00", 0)]
    public void Integers(string source, int expected)
    {
        Assert.That(SingleValue(source), Is.EqualTo(new BigInteger(expected)));
    }

    [Test]
    public void HugeIntegerIsExact()
    {
        Assert.That(SingleValue("123456789012345678901234567890"), Is.EqualTo(BigInteger.Parse("123456789012345678901234567890")));
    }

    [TestCase("1e10", 1e10)]
    [TestCase("1.5e-7", 1.5e-7)]
    [TestCase(".5", 0.5)]
    [TestCase("5.", 5.0)]
    [TestCase("1_0.2_5", 10.25)]
    [TestCase("0e0", 0.0)]
    public void Floats(string source, double expected)
    {
        var token = Lexer.Tokenize(source)[0];
        Assert.That(token.Kind, Is.EqualTo(TokenKind.Float));
        Assert.That(token.Value, Is.EqualTo(expected));
    }

    [Test]
    public void Imaginary()
    {
        var token = Lexer.Tokenize("3j")[0];
        Assert.That(token.Kind, Is.EqualTo(TokenKind.Imaginary));
        Assert.That(token.Value, Is.EqualTo(3.0));
    }

    [Test]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Assert.That(Kinds("1if x else 2")[..3], Is.EqualTo(new[] { TokenKind.Int, TokenKind.If, TokenKind.Name }));
    }

    [TestCase("x = 1abc\n", "invalid decimal literal", 5)]
    [TestCase("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5)]
    [TestCase("x = 0x\n", "invalid hexadecimal literal", 6)]
    [TestCase("x = 0xg\n", "invalid hexadecimal literal", 6)]
    [TestCase("x = 0b2\n", "invalid digit '2' in binary literal", 7)]
    [TestCase("x = 0o8\n", "invalid digit '8' in octal literal", 7)]
    [TestCase("x = 1_\n", "invalid decimal literal", 6)]
    [TestCase("x = 1__0\n", "invalid decimal literal", 6)]
    [TestCase("x = 0b\n", "invalid binary literal", 6)]
    [TestCase("x = 1e\n", "invalid decimal literal", 5)]
    [TestCase("x = 1.5j3\n", "invalid imaginary literal", 8)]
    public void NumberErrors(string source, string message, int column)
    {
        var error = Fails(source);
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Column, Is.EqualTo(column));
    }

    [TestCase("'a\\tb'", "a\tb")]
    [TestCase("\"q\\\"\\'\"", "q\"'")]
    [TestCase("'\\x41\\101\\u00e9\\U0001F600'", "AAé\U0001F600")]
    [TestCase("'\\q'", "\\q")]
    [TestCase("'a\\\nb'", "ab")]
    [TestCase("r'a\\nb'", "a\\nb")]
    [TestCase("R'\\''", "\\'")]
    [TestCase("u'x'", "x")]
    [TestCase("'''a\n'b'\"\"'''", "a\n'b'\"\"")]
    [TestCase("'\\0'", "\0")]
    public void StringEscapes(string source, string expected)
    {
        var token = Lexer.Tokenize(source)[0];
        Assert.That(token.Kind, Is.EqualTo(TokenKind.String));
        Assert.That(token.Value, Is.EqualTo(expected));
    }

    [Test]
    public void BytesLiterals()
    {
        Assert.That(SingleValue("b'a\\x00\\n\\777'"), Is.EqualTo(new byte[] { 97, 0, 10, 255 }));
        Assert.That(SingleValue("Rb'\\n'"), Is.EqualTo(new byte[] { 92, 110 }));
        Assert.That(SingleValue("bR'\\u'"), Is.EqualTo(new byte[] { 92, 117 }));
    }

    [Test]
    public void FStringIsOneTokenWithItsRawBody()
    {
        var token = Lexer.Tokenize("x = rf'{a}\\n'")[2];
        Assert.That(token.Kind, Is.EqualTo(TokenKind.FString));
        Assert.That(token.Value, Is.EqualTo(new FStringBody("{a}\\n", true, 1, 7)));
    }

    [Test]
    public void StringSpanCoversPrefixAndQuotes()
    {
        var token = Lexer.Tokenize("x = b'''a\nbc'''")[2];
        Assert.That(token.Span, Is.EqualTo(new Viper.Frontend.Ast.SourceSpan(1, 4, 2, 5)));
    }

    [TestCase("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5, false)]
    [TestCase("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, true)]
    [TestCase("x = \"\"\"abc", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, true)]
    [TestCase("x = [1, 2)\n", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, false)]
    [TestCase("x = 1)\n", "unmatched ')'", 1, 6, false)]
    [TestCase("x = a\u2026\n", "invalid character '\u2026' (U+2026)", 1, 6, false)]
    [TestCase("x = $\n", "invalid syntax", 1, 5, false)]
    [TestCase("x = \\\n", "unexpected EOF while parsing", 1, 6, true)]
    [TestCase("x = 1 \\ 2\n", "unexpected character after line continuation character", 1, 8, false)]
    [TestCase("x = '\\x4'\n", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, false)]
    [TestCase("x = b'\\x4'\n", "(value error) invalid \\x escape at position 0", 1, 11, false)]
    [TestCase("x=b'\u00e9'\n", "bytes can only contain ASCII literal characters", 1, 3, false)]
    public void SyntaxErrors(string source, string message, int line, int column, bool incomplete)
    {
        var error = Fails(source);
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)));
        Assert.That(error.IsIncompleteInput, Is.EqualTo(incomplete));
    }

    [Test]
    public void UnclosedBracketEndsTheInputWithoutLayoutTokens()
    {
        // The parser, not the lexer, decides whether the open bracket explains its error, so the
        // tokens end at the end-of-file token, which carries the bracket, with no NEWLINE or DEDENT.
        var tokens = Lexer.Tokenize("if x:\n    y = (1,\n");
        Assert.That(tokens[^2].Kind, Is.EqualTo(TokenKind.Comma));
        Assert.That(tokens[^1].Kind, Is.EqualTo(TokenKind.EndOfFile));
        Assert.That(tokens[^1].Value, Is.Not.Null);
        Assert.That(Lexer.Tokenize("y = (1,)\n")[^1].Value, Is.Null);
    }

    [TestCase("if x:\n    a\n  b\n", "unindent does not match any outer indentation level", 3, 4)]
    [TestCase("if x:\n        a\n   b\n", "unindent does not match any outer indentation level", 3, 5)]
    public void IndentationErrors(string source, string message, int line, int column)
    {
        var error = Fails(source);
        Assert.That(error.TypeName, Is.EqualTo("IndentationError"));
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)));
    }

    [Test]
    public void InconsistentTabsAreTabError()
    {
        Assert.That(Fails("if x:\n\tpass\n        pass\n").TypeName, Is.EqualTo("TabError"));
    }

    [Test]
    public void CarriageReturnsAreNewlines()
    {
        Assert.That(Kinds("a\r\nb\rc"), Has.Exactly(3).EqualTo(TokenKind.Newline));
    }

    [Test]
    public void LargeInputLexesQuickly()
    {
        var line = "result = some_function(alpha, 'text', 3.25, [1, 2, 3]) # comment\n";
        var source = string.Concat(Enumerable.Repeat(line, 1_000_000 / line.Length));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tokens = Lexer.Tokenize(source);
        Assert.That(tokens.Count, Is.GreaterThan(100_000));
        Assert.That(watch.ElapsedMilliseconds, Is.LessThan(1000));
    }
}

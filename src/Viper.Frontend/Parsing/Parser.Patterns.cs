using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Frontend.Parsing;

/// <summary>The match statement and its patterns (PEP 634).</summary>
public sealed partial class Parser
{
    /// <summary>
    /// <c>match</c> is a soft keyword: <c>match = 1</c> or <c>match(x)</c> are ordinary statements.
    /// Like CPython's PEG parser we try the match statement and fall back when it does not fit.
    /// </summary>
    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    private Match? TryParseMatch()
    {
        var saved = _pos;
        var keyword = Advance();
        Expr subject;
        try
        {
            subject = ParseMatchSubject();
        }
        catch (PythonSyntaxError)
        {
            _pos = saved;
            return null;
        }

        if (!Check(TokenKind.Colon) || Peek().Kind != TokenKind.Newline)
        {
            _pos = saved;
            return null;
        }

        Advance();
        Advance();
        if (!Check(TokenKind.Indent))
        {
            var at = Check(TokenKind.EndOfFile) ? Previous : Current;
            throw new PythonSyntaxError(
                "IndentationError", $"expected an indented block after 'match' statement on line {keyword.Span.Line}",
                at.Span.Line, at.Span.Column + 1, at.Span.EndColumn + 1)
            {
                IsIncompleteInput = Check(TokenKind.EndOfFile),
            };
        }

        Advance();
        var cases = new List<MatchCase>();
        while (!Check(TokenKind.Dedent) && !Check(TokenKind.EndOfFile))
        {
            if (!CheckName("case"))
            {
                throw InvalidSyntax();
            }

            cases.Add(ParseCaseBlock());
        }

        Match(TokenKind.Dedent);
        return new Match(subject, cases) { Span = From(keyword.Span) };
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private Expr ParseMatchSubject()
    {
        var start = Current.Span;
        var first = ParseStarNamedExpression();
        if (!Check(TokenKind.Comma))
        {
            return first;
        }

        var elements = new List<Expr> { first };
        while (Match(TokenKind.Comma) && (StartsExpression(Current.Kind) || Check(TokenKind.Star)))
        {
            elements.Add(ParseStarNamedExpression());
        }

        return new TupleExpr(elements) { Span = From(start) };
    }

    // case_block: "case" patterns guard? ':' block
    // guard: 'if' named_expression
    private MatchCase ParseCaseBlock()
    {
        var keyword = Advance();
        var pattern = ParsePatterns();
        var guard = Match(TokenKind.If) ? ParseNamedExpression() : null;
        if (guard is null && Current.Kind is TokenKind.VerticalBar or TokenKind.As)
        {
            // 'p as x | q' or 'p as x as y': an as-pattern cannot continue, so this is no missing colon.
            throw InvalidSyntax();
        }

        ExpectColon();
        var body = ParseBlock("'case' statement", keyword.Span.Line);
        return new MatchCase(pattern, guard, body) { Span = From(keyword.Span) };
    }

    // patterns: open_sequence_pattern | pattern
    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private Pattern ParsePatterns()
    {
        var start = Current.Span;
        var first = ParseMaybeStarPattern();
        if (!Check(TokenKind.Comma))
        {
            return first is MatchStar ? new MatchSequence([first]) { Span = first.Span } : first;
        }

        var patterns = new List<Pattern> { first };
        while (Match(TokenKind.Comma) && !Check(TokenKind.Colon) && !Check(TokenKind.If))
        {
            patterns.Add(ParseMaybeStarPattern());
        }

        return new MatchSequence(patterns) { Span = From(start) };
    }

    // maybe_star_pattern: star_pattern | pattern
    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    private Pattern ParseMaybeStarPattern()
    {
        if (!Check(TokenKind.Star))
        {
            return ParsePattern();
        }

        var star = Advance().Span;
        var name = ExpectMangledName();
        return new MatchStar(name == "_" ? null : name) { Span = From(star) };
    }

    // pattern: as_pattern | or_pattern
    // as_pattern: or_pattern 'as' pattern_capture_target
    private Pattern ParsePattern()
    {
        var start = Current.Span;
        var pattern = ParseOrPattern();
        if (!Match(TokenKind.As))
        {
            return pattern;
        }

        var nameToken = Current;
        var name = ExpectMangledName();
        if (name == "_")
        {
            throw ErrorAt(nameToken, "cannot use '_' as a target");
        }

        return new MatchAs(pattern, name) { Span = From(start) };
    }

    // or_pattern: '|'.closed_pattern+
    private Pattern ParseOrPattern()
    {
        var start = Current.Span;
        var first = ParseClosedPattern();
        if (!Check(TokenKind.VerticalBar))
        {
            return first;
        }

        var alternatives = new List<Pattern> { first };
        while (Match(TokenKind.VerticalBar))
        {
            alternatives.Add(ParseClosedPattern());
        }

        return new MatchOr(alternatives) { Span = From(start) };
    }

    // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
    //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
    private Pattern ParseClosedPattern()
    {
        var start = Current.Span;
        switch (Current.Kind)
        {
            case TokenKind.None or TokenKind.True or TokenKind.False:
                return new MatchSingleton(ParseAtom()) { Span = start };
            case TokenKind.Int or TokenKind.Float or TokenKind.Imaginary or TokenKind.Minus:
                var number = ParseSignedNumberPattern();
                return new MatchValue(number) { Span = number.Span };
            case TokenKind.String or TokenKind.Bytes:
                var text = ParseStrings();
                return new MatchValue(text) { Span = text.Span };
            case TokenKind.FString:
                throw ErrorAt(Current, "patterns may only match literals and attribute lookups");
            case TokenKind.LeftParen or TokenKind.LeftBracket:
                return ParseSequenceOrGroupPattern();
            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                return ParseNamePattern();
            default:
                throw InvalidSyntax();
        }
    }

    // signed_number: NUMBER | '-' NUMBER
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private Expr ParseSignedNumberPattern()
    {
        var start = Current.Span;
        Expr real = Match(TokenKind.Minus)
            ? new UnaryOp(UnaryOperator.USub, ParseNumberAtom()) { Span = From(start) }
            : ParseNumberAtom();
        if (Current.Kind is not (TokenKind.Plus or TokenKind.Minus))
        {
            return real;
        }

        var op = Advance().Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Sub;
        if (!Check(TokenKind.Imaginary))
        {
            throw ErrorAt(Current, "imaginary number required in complex literal");
        }

        var imaginary = ParseNumberAtom();
        return new BinOp(real, op, imaginary) { Span = From(start) };
    }

    private Expr ParseNumberAtom() => Current.Kind switch
    {
        TokenKind.Int or TokenKind.Float or TokenKind.Imaginary => ParseAtom(),
        _ => throw InvalidSyntax(),
    };

    // capture_pattern: pattern_capture_target
    // wildcard_pattern: "_"
    // value_pattern: attr !('.' | '(' | '=')
    // class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
    private Pattern ParseNamePattern()
    {
        var start = Current.Span;
        var first = Advance();
        Expr nameOrAttribute = new Name(Mangle(first.Text)) { Span = first.Span };
        while (Match(TokenKind.Dot))
        {
            nameOrAttribute = new Attribute(nameOrAttribute, ExpectMangledName()) { Span = From(start) };
        }

        if (Check(TokenKind.LeftParen))
        {
            return ParseClassPattern(nameOrAttribute);
        }

        if (nameOrAttribute is Attribute)
        {
            return new MatchValue(nameOrAttribute) { Span = nameOrAttribute.Span };
        }

        return new MatchAs(null, first.Text == "_" ? null : Mangle(first.Text)) { Span = first.Span };
    }

    // class_pattern: name_or_attr '(' [positional_patterns [',' keyword_patterns] | keyword_patterns] ','? ')'
    // keyword_pattern: NAME '=' pattern
    private MatchClass ParseClassPattern(Expr cls)
    {
        Advance();
        _bracketDepth++;
        var patterns = new List<Pattern>();
        var keywordNames = new List<string>();
        var keywordPatterns = new List<Pattern>();
        while (!Check(TokenKind.RightParen))
        {
            if (Check(TokenKind.Name) && Peek().Kind == TokenKind.Equal)
            {
                keywordNames.Add(Advance().Text);
                Advance();
                keywordPatterns.Add(ParsePattern());
            }
            else
            {
                var pattern = ParsePattern();
                if (keywordNames.Count > 0)
                {
                    throw ErrorAt(pattern, "positional patterns follow keyword patterns");
                }

                patterns.Add(pattern);
            }

            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        CloseBracket(TokenKind.RightParen);
        return new MatchClass(cls, patterns, keywordNames, keywordPatterns) { Span = From(cls.Span) };
    }

    // group_pattern: '(' pattern ')'
    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    private Pattern ParseSequenceOrGroupPattern()
    {
        var open = Advance();
        var closing = open.Kind == TokenKind.LeftParen ? TokenKind.RightParen : TokenKind.RightBracket;
        _bracketDepth++;
        var patterns = new List<Pattern>();
        var sawComma = false;
        while (!Check(closing))
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!Match(TokenKind.Comma))
            {
                break;
            }

            sawComma = true;
        }

        CloseBracket(closing);
        if (closing == TokenKind.RightParen && patterns.Count == 1 && !sawComma && patterns[0] is not MatchStar)
        {
            return patterns[0];
        }

        return new MatchSequence(patterns) { Span = From(open.Span) };
    }

    // mapping_pattern: '{' [items_pattern ','] ['**' pattern_capture_target ','?] '}'
    // key_value_pattern: (literal_expr | attr) ':' pattern
    private MatchMapping ParseMappingPattern()
    {
        var open = Advance();
        _bracketDepth++;
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!Check(TokenKind.RightBrace))
        {
            if (Match(TokenKind.DoubleStar))
            {
                rest = ExpectMangledName();
            }
            else
            {
                if (rest is not null)
                {
                    throw InvalidSyntax();
                }

                keys.Add(ParseMappingKey());
                Expect(TokenKind.Colon);
                patterns.Add(ParsePattern());
            }

            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        CloseBracket(TokenKind.RightBrace);
        return new MatchMapping(keys, patterns, rest) { Span = From(open.Span) };
    }

    private Expr ParseMappingKey()
    {
        switch (Current.Kind)
        {
            case TokenKind.None or TokenKind.True or TokenKind.False:
                return ParseAtom();
            case TokenKind.Int or TokenKind.Float or TokenKind.Imaginary or TokenKind.Minus:
                return ParseSignedNumberPattern();
            case TokenKind.String or TokenKind.Bytes:
                return ParseStrings();
            case TokenKind.Name:
                var start = Current.Span;
                Expr key = new Name(Mangle(Advance().Text)) { Span = start };
                if (!Check(TokenKind.Dot))
                {
                    throw ErrorAt(start, "mapping pattern keys may only match literals and attribute lookups");
                }

                while (Match(TokenKind.Dot))
                {
                    key = new Attribute(key, ExpectMangledName()) { Span = From(start) };
                }

                return key;
            default:
                throw InvalidSyntax();
        }
    }

}

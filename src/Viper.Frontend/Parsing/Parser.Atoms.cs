using System.Numerics;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;

namespace Viper.Frontend.Parsing;

/// <summary>Atoms: names, literals, parenthesized forms, displays and comprehensions.</summary>
public sealed partial class Parser
{
    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
    //     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
    private Expr ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                Advance();
                return new Name(Mangle(token.Text)) { Span = token.Span };
            case TokenKind.True or TokenKind.False:
                Advance();
                return new BoolLiteral(token.Kind == TokenKind.True) { Span = token.Span };
            case TokenKind.None:
                Advance();
                return new NoneLiteral { Span = token.Span };
            case TokenKind.Ellipsis:
                Advance();
                return new EllipsisLiteral { Span = token.Span };
            case TokenKind.Int:
                Advance();
                return new IntLiteral((BigInteger)token.Value!) { Span = token.Span };
            case TokenKind.Float:
                Advance();
                return new FloatLiteral((double)token.Value!) { Span = token.Span };
            case TokenKind.Imaginary:
                Advance();
                return new ImaginaryLiteral((double)token.Value!) { Span = token.Span };
            case TokenKind.String or TokenKind.Bytes or TokenKind.FString:
                return ParseStrings();
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseBraceDisplay();
            default:
                throw InvalidSyntax();
        }
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    // group: '(' (yield_expr | named_expression) ')'
    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    private Expr ParseParenthesized()
    {
        var open = Advance();
        _bracketDepth++;
        if (Match(TokenKind.RightParen))
        {
            _bracketDepth--;
            return new TupleExpr([]) { Span = From(open.Span) };
        }

        if (Check(TokenKind.Yield))
        {
            var yield = ParseYieldExpression();
            CloseBracket(TokenKind.RightParen);
            return yield;
        }

        var first = ParseStarNamedExpression();
        if (IsComprehensionStart())
        {
            var generators = ParseComprehensionClauses();
            CloseBracket(TokenKind.RightParen);
            return new GeneratorExp(first, generators) { Span = From(open.Span) };
        }

        if (!Check(TokenKind.Comma))
        {
            MissingCommaCheck(first, TokenKind.RightParen);
            if (first is Starred)
            {
                throw ErrorAt(first, "cannot use starred expression here");
            }

            CloseBracket(TokenKind.RightParen);
            return first;
        }

        var elements = ParseRestOfElements(first, TokenKind.RightParen);
        return new TupleExpr(elements) { Span = From(open.Span) };
    }

    // list: '[' [star_named_expressions] ']'
    // listcomp: '[' named_expression for_if_clauses ']'
    private Expr ParseListDisplay()
    {
        var open = Advance();
        _bracketDepth++;
        if (Match(TokenKind.RightBracket))
        {
            _bracketDepth--;
            return new ListExpr([]) { Span = From(open.Span) };
        }

        var first = ParseStarNamedExpression();
        if (IsComprehensionStart())
        {
            var generators = ParseComprehensionClauses();
            CloseBracket(TokenKind.RightBracket);
            return new ListComp(first, generators) { Span = From(open.Span) };
        }

        var elements = ParseRestOfElements(first, TokenKind.RightBracket);
        return new ListExpr(elements) { Span = From(open.Span) };
    }

    // dict: '{' [double_starred_kvpairs] '}'
    // set: '{' star_named_expressions '}'
    // dictcomp: '{' kvpair for_if_clauses '}'
    // setcomp: '{' named_expression for_if_clauses '}'
    private Expr ParseBraceDisplay()
    {
        var open = Advance();
        _bracketDepth++;
        if (Match(TokenKind.RightBrace))
        {
            _bracketDepth--;
            return new DictExpr([], []) { Span = From(open.Span) };
        }

        if (Check(TokenKind.DoubleStar))
        {
            return ParseDictDisplay(open, null, null);
        }

        var first = ParseStarNamedExpression();
        if (first is not Starred && Match(TokenKind.Colon))
        {
            var value = ParseExpression();
            if (IsComprehensionStart())
            {
                var generators = ParseComprehensionClauses();
                CloseBracket(TokenKind.RightBrace);
                return new DictComp(first, value, generators) { Span = From(open.Span) };
            }

            return ParseDictDisplay(open, first, value);
        }

        if (IsComprehensionStart())
        {
            var generators = ParseComprehensionClauses();
            CloseBracket(TokenKind.RightBrace);
            return new SetComp(first, generators) { Span = From(open.Span) };
        }

        var elements = ParseRestOfElements(first, TokenKind.RightBrace);
        return new SetExpr(elements) { Span = From(open.Span) };
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    // kvpair: expression ':' expression
    private DictExpr ParseDictDisplay(Token open, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            if (!Match(TokenKind.Comma))
            {
                MissingCommaCheck(firstValue, TokenKind.RightBrace);
                CloseBracket(TokenKind.RightBrace);
                return new DictExpr(keys, values) { Span = From(open.Span) };
            }
        }

        while (!Check(TokenKind.RightBrace))
        {
            if (Match(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var key = ParseExpression();
                if (!Match(TokenKind.Colon))
                {
                    throw new PythonSyntaxError(
                        "SyntaxError", "':' expected after dictionary key", key.Span.Line, key.Span.Column + 1, key.Span.EndColumn + 1);
                }

                keys.Add(key);
                values.Add(ParseExpression());
            }

            if (!Match(TokenKind.Comma))
            {
                MissingCommaCheck(values[^1], TokenKind.RightBrace);
                break;
            }
        }

        CloseBracket(TokenKind.RightBrace);
        return new DictExpr(keys, values) { Span = From(open.Span) };
    }

    /// <summary>Reads <c>, element</c>* [<c>,</c>] and the closing bracket after a display's first element.</summary>
    private List<Expr> ParseRestOfElements(Expr first, TokenKind closing)
    {
        var elements = new List<Expr> { first };
        while (Match(TokenKind.Comma))
        {
            if (Check(closing))
            {
                break;
            }

            var element = ParseStarNamedExpression();
            elements.Add(element);
        }

        MissingCommaCheck(elements[^1], closing);
        CloseBracket(closing);
        return elements;
    }

    private void CloseBracket(TokenKind closing)
    {
        Expect(closing);
        _bracketDepth--;
    }

    /// <summary>
    /// Inside brackets, two expressions side by side most likely lack a comma between them; CPython's
    /// invalid_expression rule reports that over the span of both (but not for <c>name "string"</c>,
    /// which looks like a mistyped string prefix).
    /// </summary>
    private void MissingCommaCheck(Expr previous, TokenKind closing)
    {
        if (Check(closing) || _bracketDepth == 0 || !StartsExpression(Current.Kind)
            || Current.Kind is TokenKind.Not or TokenKind.Lambda)
        {
            return;
        }

        if (previous is Name && Current.Kind is TokenKind.String or TokenKind.Bytes or TokenKind.FString)
        {
            throw InvalidSyntax();
        }

        var saved = _pos;
        Expr next;
        try
        {
            next = ParseExpression();
        }
        catch (PythonSyntaxError)
        {
            _pos = saved;
            throw InvalidSyntax();
        }

        throw ErrorAt(SourceSpan.Between(previous.Span, next.Span), "invalid syntax. Perhaps you forgot a comma?");
    }

    private bool IsComprehensionStart() =>
        Check(TokenKind.For) || (Check(TokenKind.Async) && Peek().Kind == TokenKind.For);

    // for_if_clauses: for_if_clause+
    // for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    private List<Comprehension> ParseComprehensionClauses()
    {
        var clauses = new List<Comprehension>();
        while (IsComprehensionStart())
        {
            var start = Current.Span;
            var isAsync = Match(TokenKind.Async);
            Expect(TokenKind.For);
            var target = ParseTargetList();
            ValidateTarget(target, TargetContext.Assignment);
            Expect(TokenKind.In);
            var iterable = ParseDisjunction();
            var conditions = new List<Expr>();
            while (Match(TokenKind.If))
            {
                conditions.Add(ParseDisjunction());
            }

            clauses.Add(new Comprehension(target, iterable, conditions, isAsync) { Span = From(start) });
        }

        return clauses;
    }
}

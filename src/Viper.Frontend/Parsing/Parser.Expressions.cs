using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Frontend.Parsing;

/// <summary>Expressions from the lowest precedence (tuples, lambda) down to primaries.</summary>
public sealed partial class Parser
{
    // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    private Expr ParseStarExpressions()
    {
        var start = Current.Span;
        var first = ParseStarExpression();
        if (!Check(TokenKind.Comma))
        {
            return first;
        }

        var elements = new List<Expr> { first };
        while (Match(TokenKind.Comma) && (StartsExpression(Current.Kind) || Check(TokenKind.Star)))
        {
            elements.Add(ParseStarExpression());
        }

        return new TupleExpr(elements) { Span = From(start) };
    }

    // star_expression: '*' bitwise_or | expression
    private Expr ParseStarExpression()
    {
        if (!Check(TokenKind.Star))
        {
            return ParseExpression();
        }

        var star = Advance().Span;
        var value = ParseBitwiseOr();
        return new Starred(value) { Span = From(star) };
    }

    // star_named_expression: '*' bitwise_or | named_expression
    private Expr ParseStarNamedExpression()
    {
        if (!Check(TokenKind.Star))
        {
            return ParseNamedExpression();
        }

        var star = Advance().Span;
        var value = ParseBitwiseOr();
        return new Starred(value) { Span = From(star) };
    }

    // named_expression: assignment_expression | expression !':='
    // assignment_expression: NAME ':=' ~ expression
    private Expr ParseNamedExpression()
    {
        if (Check(TokenKind.Name) && Peek().Kind == TokenKind.ColonEqual)
        {
            var nameToken = Advance();
            Advance();
            var value = ParseExpression();
            var target = new Name(Mangle(nameToken.Text)) { Span = nameToken.Span };
            return new NamedExpr(target, value) { Span = From(nameToken.Span) };
        }

        var expression = ParseExpression();
        if (Check(TokenKind.ColonEqual))
        {
            throw ErrorAt(expression, $"cannot use assignment expressions with {ExpressionName(expression)}");
        }

        if (Check(TokenKind.Equal) && IsBitwiseOrLevel(expression))
        {
            throw MistakenAssignment(expression);
        }

        return expression;
    }

    /// <summary>
    /// CPython's invalid_named_expression: a condition written as an assignment (<c>if x = 1:</c>).
    /// A name gets the whole <c>x = 1</c> underlined; other targets are named in the message.
    /// </summary>
    private PythonSyntaxError MistakenAssignment(Expr target)
    {
        Advance();
        var value = ParseBitwiseOr();
        if (Check(TokenKind.Equal) || Check(TokenKind.ColonEqual))
        {
            return InvalidSyntax();
        }

        if (target is not Name)
        {
            return ErrorAt(target, $"cannot assign to {ExpressionName(target)} here. Maybe you meant '==' instead of '='?");
        }

        var span = target.Span;
        return new PythonSyntaxError("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span.Line, span.Column + 1, value.Span.EndColumn + 1)
        {
            EndLine = value.Span.EndLine,
        };
    }

    /// <summary>Whether CPython's grammar would have parsed this as a bitwise_or (not a list, tuple or keyword constant).</summary>
    private static bool IsBitwiseOrLevel(Expr expression) => expression switch
    {
        Compare or BoolOp or IfExp or Lambda or NamedExpr or UnaryOp { Op: UnaryOperator.Not } => false,
        ListExpr or TupleExpr or GeneratorExp or BoolLiteral or NoneLiteral => false,
        _ => true,
    };

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    private Expr ParseExpression()
    {
        EnterNesting();
        var expression = ParseExpressionUnguarded();
        _nesting--;
        return expression;
    }

    private Expr ParseExpressionUnguarded()
    {
        if (Check(TokenKind.Lambda))
        {
            return ParseLambda();
        }

        var start = Current.Span;
        var body = ParseDisjunction();
        if (!Check(TokenKind.If))
        {
            return body;
        }

        Advance();
        var test = ParseDisjunction();
        if (!Match(TokenKind.Else))
        {
            throw ErrorAt(SourceSpan.Between(body.Span, test.Span), "expected 'else' after 'if' expression");
        }

        var orElse = ParseExpression();
        return new IfExp(test, body, orElse) { Span = From(start) };
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    private Lambda ParseLambda()
    {
        var start = Advance().Span;
        var parameters = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        ExpectColon();
        var body = ParseExpression();
        return new Lambda(parameters, body) { Span = From(start) };
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    private Expr ParseYieldExpression()
    {
        var start = Advance().Span;
        if (Match(TokenKind.From))
        {
            var source = ParseExpression();
            return new YieldFrom(source) { Span = From(start) };
        }

        var value = StartsExpression(Current.Kind) || Check(TokenKind.Star) ? ParseStarExpressions() : null;
        return new Yield(value) { Span = From(start) };
    }

    // disjunction: conjunction ('or' conjunction)+ | conjunction
    private Expr ParseDisjunction() => ParseBoolOp(TokenKind.Or, BoolOperator.Or, ParseConjunction);

    // conjunction: inversion ('and' inversion)+ | inversion
    private Expr ParseConjunction() => ParseBoolOp(TokenKind.And, BoolOperator.And, ParseInversion);

    private Expr ParseBoolOp(TokenKind keyword, BoolOperator op, Func<Expr> parseOperand)
    {
        var start = Current.Span;
        var first = parseOperand();
        if (!Check(keyword))
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (Match(keyword))
        {
            values.Add(parseOperand());
        }

        return new BoolOp(op, values) { Span = From(start) };
    }

    // inversion: 'not' inversion | comparison
    private Expr ParseInversion()
    {
        if (!Check(TokenKind.Not))
        {
            return ParseComparison();
        }

        var start = Advance().Span;
        EnterNesting();
        var operand = ParseInversion();
        _nesting--;
        return new UnaryOp(UnaryOperator.Not, operand) { Span = From(start) };
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    private Expr ParseComparison()
    {
        var start = Current.Span;
        var left = ParseBitwiseOr();
        // An array grown by hand and no nullable operator: ReadyToRun cannot precompile the
        // framework's List or Nullable code over an enum, and each was JIT-compiled at every start.
        CompareOperator[]? ops = null;
        List<Expr>? comparators = null;
        while (TryComparisonOperator(out var op))
        {
            var grown = new CompareOperator[(ops?.Length ?? 0) + 1];
            if (ops is not null)
            {
                Array.Copy(ops, grown, ops.Length);
            }

            grown[^1] = op;
            ops = grown;
            (comparators ??= []).Add(ParseBitwiseOr());
        }

        return ops is null
            ? left
            : new Compare(left, ops, comparators!) { Span = From(start) };
    }

    /// <summary>Consumes a comparison operator, including the two-word <c>not in</c> and <c>is not</c>.</summary>
    private bool TryComparisonOperator(out CompareOperator op)
    {
        var found = true;
        op = Current.Kind switch
        {
            TokenKind.EqEqual => CompareOperator.Eq,
            TokenKind.NotEqual => CompareOperator.NotEq,
            TokenKind.Less => CompareOperator.Lt,
            TokenKind.LessEqual => CompareOperator.LtE,
            TokenKind.Greater => CompareOperator.Gt,
            TokenKind.GreaterEqual => CompareOperator.GtE,
            TokenKind.In => CompareOperator.In,
            TokenKind.Is => Peek().Kind == TokenKind.Not ? CompareOperator.IsNot : CompareOperator.Is,
            TokenKind.Not when Peek().Kind == TokenKind.In => CompareOperator.NotIn,
            _ => NotFound(out found),
        };
        if (!found)
        {
            return false;
        }

        if (op is CompareOperator.IsNot or CompareOperator.NotIn)
        {
            Advance();
        }

        Advance();
        return true;

        static CompareOperator NotFound(out bool found)
        {
            found = false;
            return default;
        }
    }

    // Binary operations span from their first token, so a parenthesized left operand's '(' is
    // included, as in CPython: the span of (a + b) * c starts at the '('.

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    private Expr ParseBitwiseOr() => ParseBinary(ParseBitwiseXor, static kind =>
        kind == TokenKind.VerticalBar ? BinaryOperator.BitOr : null);

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    private Expr ParseBitwiseXor() => ParseBinary(ParseBitwiseAnd, static kind =>
        kind == TokenKind.Circumflex ? BinaryOperator.BitXor : null);

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    private Expr ParseBitwiseAnd() => ParseBinary(ParseShift, static kind =>
        kind == TokenKind.Ampersand ? BinaryOperator.BitAnd : null);

    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
    private Expr ParseShift() => ParseBinary(ParseSum, static kind => kind switch
    {
        TokenKind.LeftShift => BinaryOperator.LShift,
        TokenKind.RightShift => BinaryOperator.RShift,
        _ => null,
    });

    // sum: sum '+' term | sum '-' term | term
    private Expr ParseSum() => ParseBinary(ParseTerm, static kind => kind switch
    {
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Sub,
        _ => null,
    });

    // term: term '*' factor | term '/' factor | term '//' factor | term '%' factor | term '@' factor | factor
    private Expr ParseTerm() => ParseBinary(ParseFactor, static kind => kind switch
    {
        TokenKind.Star => BinaryOperator.Mult,
        TokenKind.Slash => BinaryOperator.Div,
        TokenKind.DoubleSlash => BinaryOperator.FloorDiv,
        TokenKind.Percent => BinaryOperator.Mod,
        TokenKind.At => BinaryOperator.MatMult,
        _ => null,
    });

    /// <summary>A left-associative chain of binary operators of one precedence level.</summary>
    private Expr ParseBinary(Func<Expr> parseOperand, Func<TokenKind, BinaryOperator?> operatorOf)
    {
        var start = Current.Span;
        var left = parseOperand();
        while (operatorOf(Current.Kind) is { } op)
        {
            Advance();
            var right = parseOperand();
            left = new BinOp(left, op, right) { Span = From(start) };
        }

        return left;
    }

    // factor: '+' factor | '-' factor | '~' factor | power
    private Expr ParseFactor()
    {
        // No nullable operator: Nullable's code over an enum would be JIT-compiled at every start.
        UnaryOperator op;
        switch (Current.Kind)
        {
            case TokenKind.Plus:
                op = UnaryOperator.UAdd;
                break;
            case TokenKind.Minus:
                op = UnaryOperator.USub;
                break;
            case TokenKind.Tilde:
                op = UnaryOperator.Invert;
                break;
            default:
                return ParsePower();
        }

        var start = Advance().Span;
        EnterNesting();
        var operand = ParseFactor();
        _nesting--;
        return new UnaryOp(op, operand) { Span = From(start) };
    }

    // power: await_primary '**' factor | await_primary
    private Expr ParsePower()
    {
        var start = Current.Span;
        var left = ParseAwaitPrimary();
        if (!Match(TokenKind.DoubleStar))
        {
            return left;
        }

        // CPython spends two parser levels (factor, power) per '**', so chains of them hit its limit at half the length.
        EnterNesting();
        EnterNesting();
        var right = ParseFactor();
        _nesting -= 2;
        return new BinOp(left, BinaryOperator.Pow, right) { Span = From(start) };
    }

    // await_primary: 'await' primary | primary
    private Expr ParseAwaitPrimary()
    {
        if (!Check(TokenKind.Await))
        {
            return ParsePrimary();
        }

        var start = Advance().Span;
        var value = ParsePrimary();
        return new Await(value) { Span = SourceSpan.Between(start, value.Span) };
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    private Expr ParsePrimary()
    {
        var start = Current.Span;
        var expression = ParseAtom();
        while (true)
        {
            switch (Current.Kind)
            {
                case TokenKind.Dot:
                    Advance();
                    var attribute = ExpectMangledName();
                    expression = new Attribute(expression, attribute) { Span = From(start) };
                    break;
                case TokenKind.LeftParen:
                    var open = Advance();
                    var (args, keywords) = ParseCallArguments(open.Span);
                    expression = new Call(expression, args, keywords) { Span = From(start) };
                    break;
                case TokenKind.LeftBracket:
                    Advance();
                    _bracketDepth++;
                    var index = ParseSlices();
                    Expect(TokenKind.RightBracket);
                    _bracketDepth--;
                    expression = new Subscript(expression, index) { Span = From(start) };
                    break;
                default:
                    return expression;
            }
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    private Expr ParseSlices()
    {
        var first = ParseSliceOrStarred();
        if (!Check(TokenKind.Comma))
        {
            MissingCommaCheck(first, TokenKind.RightBracket);
            return first;
        }

        var elements = new List<Expr> { first };
        while (Match(TokenKind.Comma) && !Check(TokenKind.RightBracket))
        {
            elements.Add(ParseSliceOrStarred());
        }

        return new TupleExpr(elements) { Span = SourceSpan.Between(first.Span, elements[^1].Span) };
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    private Expr ParseSliceOrStarred()
    {
        if (Check(TokenKind.Star))
        {
            return ParseStarExpression();
        }

        var start = Current.Span;
        var lower = Check(TokenKind.Colon) ? null : ParseNamedExpression();
        if (!Match(TokenKind.Colon))
        {
            return lower!;
        }

        var upper = StartsExpression(Current.Kind) ? ParseExpression() : null;
        Expr? step = null;
        if (Match(TokenKind.Colon) && StartsExpression(Current.Kind))
        {
            step = ParseExpression();
        }

        return new Slice(lower, upper, step) { Span = From(start) };
    }
}

using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;

namespace Viper.Frontend.Parsing;

/// <summary>Compound statements other than definitions: if, while, for, try, with.</summary>
public sealed partial class Parser
{
    // compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt | match_stmt
    private Stmt? TryParseCompoundStatement() => Current.Kind switch
    {
        TokenKind.If => ParseIf(),
        TokenKind.While => ParseWhile(),
        TokenKind.For => ParseFor(Current.Span, isAsync: false),
        TokenKind.Try => ParseTry(),
        TokenKind.With => ParseWith(Current.Span, isAsync: false),
        TokenKind.Def => ParseFunctionDef([], Current.Span, isAsync: false),
        TokenKind.Class => ParseClassDef([]),
        TokenKind.At => ParseDecorated(),
        TokenKind.Async => ParseAsyncStatement([]),
        TokenKind.Name when Current.Text == "match" => TryParseMatch(),
        _ => null,
    };

    // 'async' (function_def | with_stmt | for_stmt)
    private Stmt ParseAsyncStatement(List<Expr> decorators)
    {
        var start = Advance().Span;
        return Current.Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators, start, isAsync: true),
            TokenKind.For when decorators.Count == 0 => ParseFor(start, isAsync: true),
            TokenKind.With when decorators.Count == 0 => ParseWith(start, isAsync: true),
            _ => throw InvalidSyntax(),
        };
    }

    // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    // elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block]
    private If ParseIf()
    {
        var keyword = Advance();
        var test = ParseNamedExpression();
        ExpectColon();
        var header = keyword.Kind == TokenKind.If ? "'if' statement" : "'elif' statement";
        var body = ParseBlock(header, keyword.Span.Line);
        IReadOnlyList<Stmt> orElse = [];
        if (Check(TokenKind.Elif))
        {
            orElse = [ParseIf()];
        }
        else if (Check(TokenKind.Else))
        {
            orElse = ParseElseBlock();
        }

        return new If(test, body, orElse) { Span = From(keyword.Span) };
    }

    // else_block: 'else' &&':' block
    private List<Stmt> ParseElseBlock()
    {
        var keyword = Advance();
        ExpectColon();
        return ParseBlock("'else' statement", keyword.Span.Line);
    }

    // while_stmt: 'while' named_expression ':' block [else_block]
    private While ParseWhile()
    {
        var keyword = Advance();
        var test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", keyword.Span.Line);
        var orElse = Check(TokenKind.Else) ? ParseElseBlock() : [];
        return new While(test, body, orElse) { Span = From(keyword.Span) };
    }

    // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
    private For ParseFor(SourceSpan start, bool isAsync)
    {
        var keyword = Expect(TokenKind.For);
        var target = ParseTargetList();
        ValidateTarget(target, TargetContext.Assignment);
        Expect(TokenKind.In);
        var iterable = ParseStarExpressions();
        ExpectColon();
        var body = ParseBlock("'for' statement", keyword.Span.Line);
        var orElse = Check(TokenKind.Else) ? ParseElseBlock() : [];
        return new For(target, iterable, body, orElse, isAsync) { Span = From(start) };
    }

    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    // The elements are read as bitwise_or expressions so that 'in' ends the list; ValidateTarget checks them.
    private Expr ParseTargetList()
    {
        var start = Current.Span;
        var first = ParseTargetElement();
        if (!Check(TokenKind.Comma))
        {
            return first;
        }

        var elements = new List<Expr> { first };
        while (Match(TokenKind.Comma) && (StartsExpression(Current.Kind) || Check(TokenKind.Star)))
        {
            elements.Add(ParseTargetElement());
        }

        return new TupleExpr(elements) { Span = From(start) };
    }

    private Expr ParseTargetElement()
    {
        if (!Check(TokenKind.Star))
        {
            return ParseBitwiseOr();
        }

        var star = Advance().Span;
        var value = ParseBitwiseOr();
        return new Starred(value) { Span = From(star) };
    }

    // try_stmt: 'try' &&':' block finally_block
    //     | 'try' &&':' block except_block+ [else_block] [finally_block]
    //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    private Try ParseTry()
    {
        var keyword = Advance();
        ExpectColon();
        var body = ParseBlock("'try' statement", keyword.Span.Line);
        var handlers = new List<ExceptHandler>();
        bool? isStar = null;
        while (Check(TokenKind.Except))
        {
            var handlerIsStar = Peek().Kind == TokenKind.Star;
            if (isStar is { } previous && previous != handlerIsStar)
            {
                throw ErrorAt(Current, "cannot have both 'except' and 'except*' on the same 'try'");
            }

            if (handlers.Count > 0 && handlers[^1].Type is null)
            {
                throw ErrorAt(handlers[^1].Span, "default 'except:' must be last");
            }

            isStar = handlerIsStar;
            handlers.Add(ParseExceptHandler(handlerIsStar));
        }

        var orElse = handlers.Count > 0 && Check(TokenKind.Else) ? ParseElseBlock() : [];
        List<Stmt> finalBody = [];
        if (Check(TokenKind.Finally))
        {
            var finallyKeyword = Advance();
            ExpectColon();
            finalBody = ParseBlock("'finally' statement", finallyKeyword.Span.Line);
        }

        if (handlers.Count == 0 && finalBody.Count == 0)
        {
            var end = LastSignificantIncludingNewline();
            throw new PythonSyntaxError("SyntaxError", "expected 'except' or 'finally' block", end.Span.Line, end.Span.Column + 1, end.Span.EndColumn + 1)
            {
                IsIncompleteInput = Check(TokenKind.EndOfFile),
            };
        }

        return new Try(body, handlers, orElse, finalBody, isStar ?? false) { Span = From(keyword.Span) };
    }

    private Token LastSignificantIncludingNewline()
    {
        var i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Indent or TokenKind.Dedent)
        {
            i--;
        }

        return _tokens[i];
    }

    // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
    // except_star_block: 'except' '*' expression ['as' NAME] ':' block
    private ExceptHandler ParseExceptHandler(bool isStar)
    {
        var keyword = Advance();
        if (isStar)
        {
            Advance();
        }

        Expr? type = null;
        string? name = null;
        if (!Check(TokenKind.Colon) || isStar)
        {
            type = ParseExpressionListAsTuple();
            if (Match(TokenKind.As))
            {
                name = ExpectMangledName();
            }
        }

        ExpectColon();
        var body = ParseBlock(isStar ? "'except*' statement" : "'except' statement", keyword.Span.Line);
        return new ExceptHandler(type, name, body) { Span = From(keyword.Span) };
    }

    /// <summary>An expression, or several separated by commas read as an unparenthesized tuple.</summary>
    private Expr ParseExpressionListAsTuple()
    {
        var start = Current.Span;
        var first = ParseExpression();
        if (!Check(TokenKind.Comma))
        {
            return first;
        }

        var elements = new List<Expr> { first };
        while (Match(TokenKind.Comma) && StartsExpression(Current.Kind))
        {
            elements.Add(ParseExpression());
        }

        return new TupleExpr(elements) { Span = From(start) };
    }

    // with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    //     | ['async'] 'with' ','.with_item+ ':' block
    private With ParseWith(SourceSpan start, bool isAsync)
    {
        var keyword = Expect(TokenKind.With);
        var items = Check(TokenKind.LeftParen) ? TryParseParenthesizedWithItems() : null;
        if (items is null)
        {
            items = [ParseWithItem()];
            while (Match(TokenKind.Comma))
            {
                items.Add(ParseWithItem());
            }
        }

        ExpectColon();
        var body = ParseBlock("'with' statement", keyword.Span.Line);
        return new With(items, body, isAsync) { Span = From(start) };
    }

    /// <summary>
    /// <c>with (a as b, c):</c> is a list of items while <c>with (a, b) as c:</c> is one item whose
    /// context is a tuple; the grammar tries the item list first and backtracks, and so do we.
    /// </summary>
    private List<WithItem>? TryParseParenthesizedWithItems()
    {
        var saved = _pos;
        var savedDepth = _bracketDepth;
        try
        {
            Advance();
            _bracketDepth++;
            var items = new List<WithItem> { ParseWithItem() };
            while (Match(TokenKind.Comma) && !Check(TokenKind.RightParen))
            {
                items.Add(ParseWithItem());
            }

            Expect(TokenKind.RightParen);
            _bracketDepth--;
            if (Check(TokenKind.Colon))
            {
                return items;
            }
        }
        catch (PythonSyntaxError)
        {
        }

        _pos = saved;
        _bracketDepth = savedDepth;
        return null;
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    private WithItem ParseWithItem()
    {
        var start = Current.Span;
        var context = ParseExpression();
        Expr? vars = null;
        if (Match(TokenKind.As))
        {
            vars = ParseTargetElement();
            ValidateTarget(vars, TargetContext.Assignment);
        }

        return new WithItem(context, vars) { Span = From(start) };
    }
}

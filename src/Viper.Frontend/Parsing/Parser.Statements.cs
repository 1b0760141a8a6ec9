using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Lexing;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Frontend.Parsing;

/// <summary>Simple statements and the statement/block structure.</summary>
public sealed partial class Parser
{
    // file: [statements] ENDMARKER
    private Module ParseFile()
    {
        var body = new List<Stmt>();
        while (!Check(TokenKind.EndOfFile))
        {
            ParseStatementInto(body);
        }

        var span = body.Count == 0 ? new SourceSpan(1, 0, 1, 0) : SourceSpan.Between(body[0].Span, body[^1].Span);
        return new Module(body) { Span = span };
    }

    // statement: compound_stmt | simple_stmts
    private void ParseStatementInto(List<Stmt> body)
    {
        if (Check(TokenKind.Indent))
        {
            var indent = Current.Span;
            throw new PythonSyntaxError("IndentationError", "unexpected indent", indent.Line, indent.EndColumn, indent.EndColumn);
        }

        if (TryParseCompoundStatement() is { } compound)
        {
            body.Add(compound);
        }
        else
        {
            ParseSimpleStatements(body);
        }
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    private List<Stmt> ParseBlock(string header, int headerLine)
    {
        var body = new List<Stmt>();
        if (!Match(TokenKind.Newline))
        {
            ParseSimpleStatements(body);
            return body;
        }

        if (!Check(TokenKind.Indent))
        {
            // At the end of input CPython points past the header; read from a file, its tokenizer
            // has already dropped the line, so the offset is 0 and no caret is drawn.
            var atEnd = Check(TokenKind.EndOfFile);
            var at = atEnd ? Previous : Current;
            var noCaret = atEnd && _fromFile;
            throw new PythonSyntaxError(
                "IndentationError",
                $"expected an indented block after {header} on line {headerLine}",
                at.Span.Line,
                noCaret ? 0 : at.Span.Column + 1,
                noCaret ? -1 : at.Span.EndColumn + 1)
            {
                IsIncompleteInput = atEnd,
            };
        }

        Advance();
        while (!Check(TokenKind.Dedent) && !Check(TokenKind.EndOfFile))
        {
            ParseStatementInto(body);
        }

        Match(TokenKind.Dedent);
        return body;
    }

    // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    private void ParseSimpleStatements(List<Stmt> body)
    {
        while (true)
        {
            var statement = ParseSimpleStatement();
            body.Add(statement);
            if (Match(TokenKind.Newline))
            {
                return;
            }

            if (!Match(TokenKind.Semicolon))
            {
                throw StatementEndError(statement);
            }

            if (Match(TokenKind.Newline))
            {
                return;
            }
        }
    }

    private PythonSyntaxError StatementEndError(Stmt statement)
    {
        if (statement is ExprStmt { Value: Name { Id: "print" or "exec" } name } && StartsExpression(Current.Kind))
        {
            var end = Current;
            for (var i = _pos; _tokens[i].Kind is not (TokenKind.Newline or TokenKind.EndOfFile); i++)
            {
                end = _tokens[i];
            }

            return ErrorAt(
                SourceSpan.Between(name.Span, end.Span),
                $"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?");
        }

        return InvalidSyntax();
    }

    // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
    //     | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
    private Stmt ParseSimpleStatement()
    {
        var start = Current.Span;
        switch (Current.Kind)
        {
            case TokenKind.Pass:
                Advance();
                return new Pass { Span = start };
            case TokenKind.Break:
                Advance();
                return new Break { Span = start };
            case TokenKind.Continue:
                Advance();
                return new Continue { Span = start };
            case TokenKind.Return:
                Advance();
                var value = StartsExpression(Current.Kind) || Check(TokenKind.Star) ? ParseStarExpressions() : null;
                return new Return(value) { Span = From(start) };
            case TokenKind.Raise:
                return ParseRaise();
            case TokenKind.Global or TokenKind.Nonlocal:
                return ParseGlobalOrNonlocal();
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
                Advance();
                var test = ParseExpression();
                var message = Match(TokenKind.Comma) ? ParseExpression() : null;
                return new Assert(test, message) { Span = From(start) };
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            default:
                return ParseExpressionStatement();
        }
    }

    // raise_stmt: 'raise' expression ['from' expression] | 'raise'
    private Raise ParseRaise()
    {
        var start = Advance().Span;
        if (!StartsExpression(Current.Kind))
        {
            return new Raise(null, null) { Span = start };
        }

        var exception = ParseExpression();
        var cause = Match(TokenKind.From) ? ParseExpression() : null;
        return new Raise(exception, cause) { Span = From(start) };
    }

    // global_stmt: 'global' ','.NAME+
    // nonlocal_stmt: 'nonlocal' ','.NAME+
    private Stmt ParseGlobalOrNonlocal()
    {
        var keyword = Advance();
        var names = new List<string> { ExpectMangledName() };
        while (Match(TokenKind.Comma))
        {
            names.Add(ExpectMangledName());
        }

        return keyword.Kind == TokenKind.Global
            ? new Global(names) { Span = From(keyword.Span) }
            : new Nonlocal(names) { Span = From(keyword.Span) };
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE)
    private Delete ParseDel()
    {
        var start = Advance().Span;
        var targets = new List<Expr>();
        do
        {
            if (!StartsExpression(Current.Kind))
            {
                break;
            }

            var target = ParseBitwiseOr();
            ValidateTarget(target, TargetContext.Delete);
            targets.Add(target);
        }
        while (Match(TokenKind.Comma));

        if (targets.Count == 0)
        {
            throw InvalidSyntax();
        }

        return new Delete(targets) { Span = From(start) };
    }

    // import_name: 'import' dotted_as_names
    // dotted_as_name: dotted_name ['as' NAME]
    private Import ParseImport()
    {
        var start = Advance().Span;
        var names = new List<Alias>();
        do
        {
            var aliasStart = Current.Span;
            var name = ParseDottedName();
            var asName = Match(TokenKind.As) ? ExpectMangledName() : BindingForPrivate(name);
            names.Add(new Alias(name, asName) { Span = From(aliasStart) });
        }
        while (Match(TokenKind.Comma));

        return new Import(names) { Span = From(start) };
    }

    /// <summary>
    /// The name an import binds when it has no <c>as</c> and its (one-part) name is private: the
    /// module or attribute is found by the name as written and bound under the mangled one.
    /// </summary>
    private string? BindingForPrivate(string name) => Mangle(name) is var mangled && mangled != name ? mangled : null;

    // dotted_name: dotted_name '.' NAME | NAME
    private string ParseDottedName()
    {
        var name = ExpectName();
        while (Check(TokenKind.Dot) && Peek().Kind == TokenKind.Name)
        {
            Advance();
            name = $"{name}.{Advance().Text}";
        }

        return name;
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //     | 'from' ('.' | '...')+ 'import' import_from_targets
    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
    private ImportFrom ParseImportFrom()
    {
        var start = Advance().Span;
        var level = 0;
        while (Check(TokenKind.Dot) || Check(TokenKind.Ellipsis))
        {
            level += Advance().Kind == TokenKind.Dot ? 1 : 3;
        }

        var module = level == 0 || Check(TokenKind.Name) ? ParseDottedName() : null;
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (Check(TokenKind.Star))
        {
            names.Add(new Alias("*", null) { Span = Advance().Span });
            return new ImportFrom(module, names, level) { Span = From(start) };
        }

        var parenthesized = Match(TokenKind.LeftParen);
        do
        {
            if (parenthesized && Check(TokenKind.RightParen))
            {
                break;
            }

            var aliasStart = Current.Span;
            var name = ExpectName();
            var asName = Match(TokenKind.As) ? ExpectMangledName() : BindingForPrivate(name);
            names.Add(new Alias(name, asName) { Span = From(aliasStart) });
        }
        while (Match(TokenKind.Comma));

        if (parenthesized)
        {
            Expect(TokenKind.RightParen);
        }
        else if (Previous.Kind == TokenKind.Comma)
        {
            throw ErrorAt(Previous, "trailing comma not allowed without surrounding parentheses");
        }

        if (names.Count == 0)
        {
            throw InvalidSyntax();
        }

        return new ImportFrom(module, names, level) { Span = From(start) };
    }

    // assignment:
    //     | NAME ':' expression ['=' annotated_rhs]
    //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    //     | single_target augassign ~ (yield_expr | star_expressions)
    // star_expressions
    private Stmt ParseExpressionStatement()
    {
        var startToken = Current;
        var start = startToken.Span;
        var first = ParseYieldOrStarExpressions();
        if (Check(TokenKind.Colon))
        {
            return ParseAnnotatedAssignment(first, startToken);
        }

        if (Check(TokenKind.Equal))
        {
            var targets = new List<Expr> { first };
            Expr value;
            while (true)
            {
                Advance();
                value = ParseYieldOrStarExpressions();
                if (!Check(TokenKind.Equal))
                {
                    break;
                }

                targets.Add(value);
            }

            foreach (var target in targets)
            {
                ValidateTarget(target, targets.Count == 1 ? TargetContext.SoleAssignment : TargetContext.Assignment);
            }

            return new Assign(targets, value) { Span = From(start) };
        }

        if (AugmentedOperator(Current.Kind) is { } op)
        {
            if (first is not (Name or Attribute or Subscript))
            {
                throw ErrorAt(first, $"'{ExpressionName(first)}' is an illegal expression for augmented assignment");
            }

            Advance();
            var value = ParseYieldOrStarExpressions();
            return new AugAssign(first, op, value) { Span = From(start) };
        }

        return new ExprStmt(first) { Span = From(start) };
    }

    private AnnAssign ParseAnnotatedAssignment(Expr target, Token startToken)
    {
        switch (target)
        {
            case TupleExpr:
                throw ErrorAt(target, "only single target (not tuple) can be annotated");
            case ListExpr:
                throw ErrorAt(target, "only single target (not list) can be annotated");
            case not (Name or Attribute or Subscript):
                throw ErrorAt(target, "illegal target for annotation");
        }

        Advance();
        var annotation = ParseExpression();
        var value = Match(TokenKind.Equal) ? ParseYieldOrStarExpressions() : null;
        var simple = target is Name && startToken.Kind != TokenKind.LeftParen;
        return new AnnAssign(target, annotation, value, simple) { Span = From(startToken.Span) };
    }

    private Expr ParseYieldOrStarExpressions() => Check(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();

    private static BinaryOperator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => BinaryOperator.Add,
        TokenKind.MinusEqual => BinaryOperator.Sub,
        TokenKind.StarEqual => BinaryOperator.Mult,
        TokenKind.AtEqual => BinaryOperator.MatMult,
        TokenKind.SlashEqual => BinaryOperator.Div,
        TokenKind.PercentEqual => BinaryOperator.Mod,
        TokenKind.AmpersandEqual => BinaryOperator.BitAnd,
        TokenKind.VerticalBarEqual => BinaryOperator.BitOr,
        TokenKind.CircumflexEqual => BinaryOperator.BitXor,
        TokenKind.LeftShiftEqual => BinaryOperator.LShift,
        TokenKind.RightShiftEqual => BinaryOperator.RShift,
        TokenKind.DoubleStarEqual => BinaryOperator.Pow,
        TokenKind.DoubleSlashEqual => BinaryOperator.FloorDiv,
        _ => null,
    };
}

using Viper.Frontend.Ast;
using Viper.Frontend.Lexing;

namespace Viper.Frontend.Parsing;

/// <summary>Function and class definitions, decorators and parameter lists.</summary>
public sealed partial class Parser
{
    // decorators: ('@' f=named_expression NEWLINE)+
    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Match(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }

        return Current.Kind switch
        {
            TokenKind.Def => ParseFunctionDef(decorators, Current.Span, isAsync: false),
            TokenKind.Class => ParseClassDef(decorators),
            TokenKind.Async => ParseAsyncStatement(decorators),
            _ => throw InvalidSyntax(),
        };
    }

    // function_def_raw: ['async'] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
    private FunctionDef ParseFunctionDef(List<Expr> decorators, SourceSpan start, bool isAsync)
    {
        var keyword = Expect(TokenKind.Def);
        var name = ExpectName();
        if (!Check(TokenKind.LeftParen))
        {
            throw ErrorAt(Current, "expected '('");
        }

        Advance();
        _bracketDepth++;
        var parameters = ParseParameters(TokenKind.RightParen, allowAnnotations: true);
        Expect(TokenKind.RightParen);
        _bracketDepth--;
        var returns = Match(TokenKind.Arrow) ? ParseExpression() : null;
        ExpectColon();
        var body = ParseBlock("function definition", keyword.Span.Line);
        return new FunctionDef(name, parameters, body, decorators, returns, isAsync) { Span = From(start), BoundName = Mangle(name) };
    }

    // class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
    private ClassDef ParseClassDef(List<Expr> decorators)
    {
        var keyword = Advance();
        var name = ExpectName();
        IReadOnlyList<Expr> bases = [];
        IReadOnlyList<Keyword> keywords = [];
        if (Check(TokenKind.LeftParen))
        {
            var open = Advance();
            (bases, keywords) = ParseCallArguments(open.Span);
        }

        ExpectColon();
        var enclosingClass = _privateName;
        _privateName = name;
        IReadOnlyList<Stmt> body;
        try
        {
            body = ParseBlock("class definition", keyword.Span.Line);
        }
        finally
        {
            _privateName = enclosingClass;
        }

        return new ClassDef(name, bases, keywords, body, decorators) { Span = From(keyword.Span), BoundName = Mangle(name) };
    }

    // parameters:
    //     | slash_no_default param_no_default* param_with_default* [star_etc]
    //     | slash_with_default param_with_default* [star_etc]
    //     | param_no_default+ param_with_default* [star_etc]
    //     | param_with_default+ [star_etc]
    //     | star_etc
    // star_etc: '*' param_no_default param_maybe_default* [kwds] | '*' ',' param_maybe_default+ [kwds] | kwds
    // The same reader serves lambda_params, which have no annotations and end at ':'.
    private Arguments ParseParameters(TokenKind closing, bool allowAnnotations)
    {
        var start = Current.Span;
        var positional = new List<Arg>();
        List<Arg> positionalOnly = [];
        var defaults = new List<Expr>();
        Arg? varArg = null;
        var keywordOnly = new List<Arg>();
        var keywordDefaults = new List<Expr?>();
        Arg? kwArg = null;
        var seenStar = false;
        var seenSlash = false;
        var defaultBeforeSlash = false;
        var names = new HashSet<string>();
        while (!Check(closing))
        {
            if (kwArg is not null)
            {
                throw ErrorAt(Current, "arguments cannot follow var-keyword argument");
            }

            if (Check(TokenKind.DoubleStar))
            {
                Advance();
                kwArg = ParseParameter(allowAnnotations, names);
                RejectDefault("var-keyword");
            }
            else if (Check(TokenKind.Star))
            {
                var star = Advance();
                if (seenStar)
                {
                    throw ErrorAt(star, "* argument may appear only once");
                }

                seenStar = true;
                if (Check(TokenKind.Name))
                {
                    varArg = ParseParameter(allowAnnotations, names);
                    RejectDefault("var-positional");
                }
                else if (!Check(TokenKind.Comma) || Peek().Kind == closing || Peek().Kind == TokenKind.DoubleStar)
                {
                    // A bare '*' must be followed by keyword-only parameters. CPython's lambda rule
                    // reports it at the last token it read rather than at the '*'.
                    var at = allowAnnotations ? star : Check(TokenKind.Comma) ? Peek() : Current;
                    throw ErrorAt(at, "named arguments must follow bare *");
                }
            }
            else if (Check(TokenKind.Slash))
            {
                var slash = Advance();
                if (seenSlash)
                {
                    throw ErrorAt(slash, "/ may appear only once");
                }

                if (seenStar)
                {
                    throw ErrorAt(slash, "/ must be ahead of *");
                }

                if (positional.Count == 0)
                {
                    throw ErrorAt(slash, "at least one argument must precede /");
                }

                seenSlash = true;
                defaultBeforeSlash = defaults.Count > 0;
                positionalOnly = [.. positional];
                positional.Clear();
            }
            else
            {
                var parameter = ParseParameter(allowAnnotations, names);
                var defaultValue = Match(TokenKind.Equal) ? ParseExpression() : null;
                if (seenStar)
                {
                    keywordOnly.Add(parameter);
                    keywordDefaults.Add(defaultValue);
                }
                else
                {
                    if (defaultValue is not null)
                    {
                        defaults.Add(defaultValue);
                    }
                    else if (defaults.Count > 0)
                    {
                        // CPython 3.11's grammar names this error only right after a run of defaults or
                        // a '/' that ends one; any other such list is plain invalid syntax.
                        throw seenSlash && !(defaultBeforeSlash && positional.Count == 0)
                            ? InvalidSyntax()
                            : ErrorAt(parameter, "non-default argument follows default argument");
                    }

                    positional.Add(parameter);
                }
            }

            if (!Match(TokenKind.Comma))
            {
                break;
            }
        }

        if (positionalOnly.Count + positional.Count + keywordOnly.Count == 0 && varArg is null && kwArg is null)
        {
            return Arguments.Empty with { Span = start };
        }

        return new Arguments(positionalOnly, positional, varArg, keywordOnly, keywordDefaults, kwArg, defaults)
        {
            Span = From(start),
        };
    }

    private void RejectDefault(string kind)
    {
        if (Check(TokenKind.Equal))
        {
            throw ErrorAt(Current, $"{kind} argument cannot have default value");
        }
    }

    // param: NAME annotation?
    private Arg ParseParameter(bool allowAnnotations, HashSet<string> names)
    {
        var nameToken = Current;
        var name = ExpectMangledName();
        if (!names.Add(name))
        {
            throw ErrorAt(nameToken, $"duplicate argument '{name}' in function definition");
        }

        var annotation = allowAnnotations && Match(TokenKind.Colon) ? ParseExpression() : null;
        return new Arg(name, annotation) { Span = From(nameToken.Span) };
    }
}

using Viper.Frontend.Ast;
using Viper.Frontend.Lexing;

namespace Viper.Frontend.Parsing;

/// <summary>Call arguments, also used for the bases and keywords of a class definition.</summary>
public sealed partial class Parser
{
    // arguments: args [','] &')'
    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ...
    // Called after '('; consumes the closing ')'. A sole generator argument may omit its own parentheses.
    private (List<Expr> Args, List<Keyword> Keywords) ParseCallArguments(SourceSpan open)
    {
        _bracketDepth++;
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        var keywordNames = new HashSet<string>();
        while (!Check(TokenKind.RightParen))
        {
            var start = Current.Span;
            Expr last;
            var first = Current;
            if (Match(TokenKind.Star))
            {
                var value = ParseExpression();
                var starred = new Starred(value) { Span = From(start) };
                if (keywords.Any(k => k.Arg is null))
                {
                    throw ErrorAt(first, "iterable argument unpacking follows keyword argument unpacking");
                }

                args.Add(starred);
                last = starred;
            }
            else if (Match(TokenKind.DoubleStar))
            {
                var value = ParseExpression();
                keywords.Add(new Keyword(null, value) { Span = From(start) });
                last = value;
            }
            else if (Check(TokenKind.Name) && Peek().Kind == TokenKind.Equal)
            {
                var name = Advance().Text;
                Advance();
                var value = ParseExpression();
                var keyword = new Keyword(name, value) { Span = From(start) };
                if (!keywordNames.Add(name))
                {
                    throw ErrorAt(keyword, $"keyword argument repeated: {name}");
                }

                keywords.Add(keyword);
                last = value;
            }
            else
            {
                var argument = ParseNamedExpression();
                if (IsComprehensionStart())
                {
                    argument = ParseSoleGeneratorArgument(argument, open, args.Count + keywords.Count == 0);
                    return ([argument], keywords);
                }

                if (Check(TokenKind.Equal))
                {
                    Advance();
                    var value = ParseExpression();
                    throw ErrorAt(
                        SourceSpan.Between(argument.Span, value.Span),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
                }

                if (keywords.Count > 0)
                {
                    // CPython 3.11 points just past the offending argument.
                    throw ErrorAt(Current, keywords.Any(k => k.Arg is null)
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
                }

                args.Add(argument);
                last = argument;
            }

            if (!Match(TokenKind.Comma))
            {
                MissingCommaCheck(last, TokenKind.RightParen);
                break;
            }
        }

        CloseBracket(TokenKind.RightParen);
        return (args, keywords);
    }

    /// <summary><c>f(x for x in y)</c>: the generator's span runs over the call's parentheses, as in CPython.</summary>
    private GeneratorExp ParseSoleGeneratorArgument(Expr element, SourceSpan open, bool isFirst)
    {
        var generators = ParseComprehensionClauses();
        if (!isFirst || !Check(TokenKind.RightParen))
        {
            var span = From(element.Span);
            throw ErrorAt(span, "Generator expression must be parenthesized");
        }

        CloseBracket(TokenKind.RightParen);
        return new GeneratorExp(element, generators) { Span = From(open) };
    }
}

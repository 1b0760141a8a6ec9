using Viper.Frontend.Ast;
using Attribute = Viper.Frontend.Ast.Attribute;

namespace Viper.Frontend.Parsing;

/// <summary>
/// Assignment and deletion targets. The parser reads a target as an expression and then checks it
/// is one of the forms Python allows (reference §7.2), reporting CPython's "cannot assign to ..." messages.
/// </summary>
public sealed partial class Parser
{
    private enum TargetContext
    {
        /// <summary>One of several targets of <c>a = b = value</c>, a for/with/comprehension target.</summary>
        Assignment,

        /// <summary>The only target of <c>target = value</c>: CPython suggests '==' if it is invalid.</summary>
        SoleAssignment,

        Delete,
    }

    private static void ValidateTarget(Expr target, TargetContext context)
    {
        if (FindInvalidTarget(target, context) is not { } invalid)
        {
            return;
        }

        if (invalid is Yield or YieldFrom && context != TargetContext.Delete)
        {
            throw ErrorAt(invalid, "assignment to yield expression not possible");
        }

        var name = ExpressionName(invalid);
        if (context == TargetContext.Delete)
        {
            throw ErrorAt(invalid, $"cannot delete {name}");
        }

        var suggestEquality = context == TargetContext.SoleAssignment && ReferenceEquals(invalid, target)
            && invalid is not (BoolLiteral or NoneLiteral or Starred);
        throw ErrorAt(invalid, suggestEquality
            ? $"cannot assign to {name} here. Maybe you meant '==' instead of '='?"
            : $"cannot assign to {name}");
    }

    private static Expr? FindInvalidTarget(Expr target, TargetContext context) => target switch
    {
        Name or Attribute or Subscript => null,
        Starred starred when context != TargetContext.Delete => FindInvalidTarget(starred.Value, context),
        TupleExpr tuple => tuple.Elements.Select(e => FindInvalidTarget(e, context)).FirstOrDefault(e => e is not null),
        ListExpr list => list.Elements.Select(e => FindInvalidTarget(e, context)).FirstOrDefault(e => e is not null),
        _ => target,
    };

    /// <summary>How CPython names an expression in error messages (<c>_PyPegen_get_expr_name</c>).</summary>
    private static string ExpressionName(Expr expression) => expression switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        NoneLiteral => "None",
        BoolLiteral { Value: true } => "True",
        BoolLiteral => "False",
        EllipsisLiteral => "ellipsis",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "literal",
    };
}

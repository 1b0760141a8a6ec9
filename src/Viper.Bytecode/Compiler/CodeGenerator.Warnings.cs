using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>The SyntaxWarnings CPython's compiler gives for code that is legal but almost surely a mistake.</summary>
internal sealed partial class CodeGenerator
{
    /// <summary>
    /// <c>x is 1</c>, <c>s is not "a"</c>: identity with a literal, which CPython warns about once
    /// per comparison chain. None, True, False and Ellipsis are singletons and fine to compare so.
    /// </summary>
    private void WarnAboutIdentityWithLiteral(Compare e)
    {
        if (_options.Warn is not { } warn)
        {
            return;
        }

        var left = IsLiteral(e.Left);
        for (var i = 0; i < e.Ops.Length; i++)
        {
            var right = IsLiteral(e.Comparators[i]);
            if (e.Ops[i] is CompareOperator.Is or CompareOperator.IsNot && (left || right))
            {
                warn(e.Span, e.Ops[i] == CompareOperator.Is
                    ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }

            left = right;
        }
    }

    /// <summary><c>assert (x, "message")</c>: a non-empty tuple is always true, so the assert never fails.</summary>
    private void WarnAboutAlwaysTrueAssert(Assert statement)
    {
        if (statement.Test is TupleExpr { Elements.Count: > 0 })
        {
            _options.Warn?.Invoke(statement.Span, "assertion is always true, perhaps remove parentheses?");
        }
    }

    /// <summary>A constant CPython's AST optimizer makes of the expression that is not one of the singletons.</summary>
    private static bool IsLiteral(Expr e) => IsConstant(e) && e is not (NoneLiteral or BoolLiteral or EllipsisLiteral);

    /// <summary>Whether CPython folds the expression to a constant: a literal, a sign on a number, a tuple of such.</summary>
    private static bool IsConstant(Expr e) => e switch
    {
        IntLiteral or FloatLiteral or ImaginaryLiteral or StrLiteral or BytesLiteral or BoolLiteral or NoneLiteral or EllipsisLiteral => true,
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.UAdd, Operand: IntLiteral or FloatLiteral or ImaginaryLiteral } => true,
        UnaryOp { Op: UnaryOperator.Invert, Operand: IntLiteral } => true,
        TupleExpr tuple => tuple.Elements.All(IsConstant),
        _ => false,
    };
}

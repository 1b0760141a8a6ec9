using Viper.Frontend.Ast;

namespace Viper.Bytecode.Instructions;

/// <summary>
/// A comparison and whether its result is negated, packed into one operand:
/// <c>(int)op &lt;&lt; 1 | negated</c>. The peephole pass turns <c>COMPARE; JUMP_IF_FALSE</c> into one
/// <c>COMPARE_JUMP</c> with the negated condition; negation is kept explicit instead of being
/// rewritten (<c>not a &lt; b</c> is not <c>a &gt;= b</c> when a float is NaN).
/// </summary>
public static class CompareCondition
{
    public static int Encode(CompareOperator op, bool negated) => ((int)op << 1) | (negated ? 1 : 0);

    public static CompareOperator Operator(int condition) => (CompareOperator)(condition >> 1);

    public static bool IsNegated(int condition) => (condition & 1) != 0;

    public static int Negate(int condition) => condition ^ 1;

    /// <summary>
    /// For ordered comparisons of ints: bit <c>(sign + 1)</c> of the mask says whether a comparison
    /// whose three-way result is <c>sign</c> (-1, 0, 1) satisfies the condition, so the VM decides
    /// any condition without branching on which one it is.
    /// </summary>
    public static int OrderMask(int condition)
    {
        var mask = Operator(condition) switch
        {
            CompareOperator.Lt => 0b001,
            CompareOperator.LtE => 0b011,
            CompareOperator.Eq => 0b010,
            CompareOperator.NotEq => 0b101,
            CompareOperator.Gt => 0b100,
            CompareOperator.GtE => 0b110,
            _ => -1,
        };
        return mask < 0 ? -1 : IsNegated(condition) ? ~mask & 0b111 : mask;
    }

    public static string Describe(int condition)
    {
        var text = Operator(condition) switch
        {
            CompareOperator.Eq => "==",
            CompareOperator.NotEq => "!=",
            CompareOperator.Lt => "<",
            CompareOperator.LtE => "<=",
            CompareOperator.Gt => ">",
            CompareOperator.GtE => ">=",
            CompareOperator.Is => "is",
            CompareOperator.IsNot => "is not",
            CompareOperator.In => "in",
            CompareOperator.NotIn => "not in",
            _ => "?",
        };
        return IsNegated(condition) ? $"not {text}" : text;
    }
}

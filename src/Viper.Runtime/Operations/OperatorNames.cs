using Viper.Frontend.Ast;

namespace Viper.Runtime.Operations;

/// <summary>
/// A binary operator's special method names (<c>__add__</c>, <c>__radd__</c>, <c>__iadd__</c>),
/// made once: the lookups run on every operator applied to an instance of a Python class (a
/// vector class's <c>+</c>), and building the names there allocated strings that the lookup then
/// had to hash.
/// </summary>
internal sealed record OperatorNames(string Plain, string Reflected, string InPlace)
{
    private static readonly OperatorNames[] ByOperator = Enum.GetValues<BinaryOperator>().Select(Make).ToArray();

    /// <summary>How many <see cref="Slot"/> indices there are.</summary>
    public static readonly int SlotCount = ByOperator.Length * 3;

    public static OperatorNames Of(BinaryOperator op) => ByOperator[(int)op];

    /// <summary>The index of an operator's plain, reflected or in-place method in a class's <see cref="Objects.SpecialMethodCache.Operators"/>.</summary>
    public static int Slot(BinaryOperator op, OperatorForm form) => ((int)op * 3) + (int)form;

    public string Name(OperatorForm form) => form switch
    {
        OperatorForm.Plain => Plain,
        OperatorForm.Reflected => Reflected,
        _ => InPlace,
    };

    private static OperatorNames Make(BinaryOperator op)
    {
        var name = op switch
        {
            BinaryOperator.Add => "add",
            BinaryOperator.Sub => "sub",
            BinaryOperator.Mult => "mul",
            BinaryOperator.MatMult => "matmul",
            BinaryOperator.Div => "truediv",
            BinaryOperator.Mod => "mod",
            BinaryOperator.Pow => "pow",
            BinaryOperator.LShift => "lshift",
            BinaryOperator.RShift => "rshift",
            BinaryOperator.BitOr => "or",
            BinaryOperator.BitXor => "xor",
            BinaryOperator.BitAnd => "and",
            _ => "floordiv",
        };
        return new OperatorNames(string.Intern($"__{name}__"), string.Intern($"__r{name}__"), string.Intern($"__i{name}__"));
    }
}

/// <summary>Which of a binary operator's three special methods: <c>__sub__</c>, <c>__rsub__</c> or <c>__isub__</c>.</summary>
internal enum OperatorForm
{
    Plain,
    Reflected,
    InPlace,
}

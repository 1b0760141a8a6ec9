namespace Viper.Frontend.Ast;

public enum BinaryOperator
{
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
}

public enum UnaryOperator
{
    Invert, Not, UAdd, USub,
}

public enum BoolOperator
{
    And, Or,
}

public enum CompareOperator
{
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn,
}

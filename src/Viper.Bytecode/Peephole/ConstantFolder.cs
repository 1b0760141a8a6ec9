using System.Numerics;
using Viper.Bytecode.Compiler;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Peephole;

/// <summary>
/// Folds operations on constants at compile time, only where the result is certain to be what the
/// VM would compute and cannot raise: exact int arithmetic, float arithmetic on floats, str
/// concatenation. Results are kept small (as CPython's optimizer does) so folding never bloats
/// the code object.
/// </summary>
internal static class ConstantFolder
{
    private const int MaxIntBits = 128;
    private const int MaxStringLength = 4096;

    public static bool TryFoldBinary(Opcode opcode, int kind, object? left, object? right, out object? result)
    {
        result = null;
        var op = opcode switch
        {
            Opcode.Add or Opcode.InplaceAdd => BinaryOperator.Add,
            Opcode.Sub or Opcode.InplaceSub => BinaryOperator.Sub,
            Opcode.Mul => BinaryOperator.Mult,
            Opcode.TrueDiv => BinaryOperator.Div,
            Opcode.FloorDiv => BinaryOperator.FloorDiv,
            Opcode.Mod => BinaryOperator.Mod,
            Opcode.BinaryOp => (BinaryOperator)kind,
            _ => (BinaryOperator?)null,
        };
        if (op is null)
        {
            return false;
        }

        if (AsInteger(left) is { } a && AsInteger(right) is { } b)
        {
            var folded = FoldIntegers(op.Value, a, b);
            if (folded is { } value && Bits(value) <= MaxIntBits)
            {
                result = ConstantPool.Normalize(value);
                return true;
            }

            return false;
        }

        if (left is double x && right is double y)
        {
            double? folded = op switch
            {
                BinaryOperator.Add => x + y,
                BinaryOperator.Sub => x - y,
                BinaryOperator.Mult => x * y,
                BinaryOperator.Div when y != 0 => x / y,
                _ => null,
            };
            if (folded is { } value && double.IsFinite(value))
            {
                result = value;
                return true;
            }

            return false;
        }

        if (left is string s && right is string t && op == BinaryOperator.Add && s.Length + t.Length <= MaxStringLength)
        {
            result = s + t;
            return true;
        }

        return false;
    }

    public static bool TryFoldUnary(Opcode opcode, object? operand, out object? result)
    {
        result = null;
        if (AsInteger(operand) is { } i)
        {
            result = opcode switch
            {
                Opcode.Neg => ConstantPool.Normalize(-i),
                Opcode.Pos => ConstantPool.Normalize(i),
                Opcode.Invert => ConstantPool.Normalize(-i - 1),
                _ => null,
            };
            return result is not null;
        }

        if (operand is double d && opcode is Opcode.Neg or Opcode.Pos)
        {
            result = opcode == Opcode.Neg ? -d : d;
            return true;
        }

        return false;
    }

    private static BigInteger? AsInteger(object? value) => value switch
    {
        long l => l,
        BigInteger b => b,
        _ => null,
    };

    private static BigInteger? FoldIntegers(BinaryOperator op, BigInteger a, BigInteger b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Sub => a - b,
        BinaryOperator.Mult => a * b,
        BinaryOperator.FloorDiv when !b.IsZero => FloorDivide(a, b),
        BinaryOperator.Mod when !b.IsZero => a - (b * FloorDivide(a, b)),
        BinaryOperator.Pow when b >= 0 && b <= MaxIntBits => BigInteger.Pow(a, (int)b),
        BinaryOperator.BitAnd => a & b,
        BinaryOperator.BitOr => a | b,
        BinaryOperator.BitXor => a ^ b,
        _ => null,
    };

    private static BigInteger FloorDivide(BigInteger a, BigInteger b)
    {
        var quotient = BigInteger.DivRem(a, b, out var remainder);
        return !remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0) ? quotient - 1 : quotient;
    }

    private static long Bits(BigInteger value) => value.IsZero ? 0 : (long)BigInteger.Abs(value).GetBitLength();
}

using System.Numerics;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A long-entry function whose first instruction compares a parameter with an int constant and,
/// when the comparison does not jump, returns a parameter or an int constant: the base case of a
/// recursion (<c>if n &lt; 2: return n</c>). A caller calling the function's long entry with ints
/// decides the comparison itself and takes the result without the call, as long as the callee's
/// frame would fit under the recursion limit (see <c>FunctionLowering.EmitInlineBaseCase</c>):
/// nothing the base case does can raise, run Python code or show in a traceback, so only the
/// depth check has to stay, and a refused depth makes the real call, which raises as before.
/// </summary>
/// <param name="Parameter">The parameter compared.</param>
/// <param name="Constant">The int it is compared with.</param>
/// <param name="Condition">The instruction's condition (<see cref="CompareCondition"/>): when it holds, the instruction jumps past the base case.</param>
/// <param name="ReturnedParameter">The parameter returned, or -1 for <paramref name="ReturnedConstant"/>.</param>
internal sealed record BaseCase(int Parameter, long Constant, int Condition, int ReturnedParameter, long ReturnedConstant)
{
    public static BaseCase? Find(CodeObject code)
    {
        if (BaseCaseShape.Find(code) is not { } shape || IntConstant(code.Constants[shape.ConstantIndex]) is not { } constant)
        {
            return null;
        }

        if (shape.ReturnedParameter >= 0)
        {
            return new BaseCase(shape.Parameter, constant, shape.Condition, shape.ReturnedParameter, 0);
        }

        return IntConstant(code.Constants[shape.ReturnedConstantIndex]) is { } returned
            ? new BaseCase(shape.Parameter, constant, shape.Condition, -1, returned)
            : null;
    }

    private static long? IntConstant(object? constant) => constant switch
    {
        long value => value,
        BigInteger big when IntSlots.IsIntConstant(big) => (long)big,
        _ => null,
    };
}

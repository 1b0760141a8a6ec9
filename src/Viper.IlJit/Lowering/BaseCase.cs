using System.Numerics;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

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
        var words = code.Instructions;
        if (words.Length == 0 || (Opcode)words[0] != Opcode.CompareConstJump)
        {
            return null;
        }

        var compared = words[1];
        var condition = words[3];
        if (compared >= code.ParameterCount || IntConstant(code.Constants[words[2]]) is not { } constant
            || CompareCondition.Operator(condition) is not (CompareOperator.Eq or CompareOperator.NotEq or CompareOperator.Lt
                or CompareOperator.LtE or CompareOperator.Gt or CompareOperator.GtE))
        {
            return null;
        }

        // Nothing has been stored at the instruction after the first, so its parameter slots still hold the arguments.
        var next = InstructionSet.Info(Opcode.CompareConstJump).Length;
        return (Opcode)words[next] switch
        {
            Opcode.Return when words[next + 1] < code.ParameterCount =>
                new BaseCase(compared, constant, condition, words[next + 1], 0),
            Opcode.ReturnConst when IntConstant(code.Constants[words[next + 1]]) is { } returned =>
                new BaseCase(compared, constant, condition, -1, returned),
            _ => null,
        };
    }

    private static long? IntConstant(object? constant) => constant switch
    {
        long value => value,
        BigInteger big when IntSlots.IsIntConstant(big) => (long)big,
        _ => null,
    };
}

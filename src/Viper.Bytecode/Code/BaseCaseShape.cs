using Viper.Bytecode.Instructions;

namespace Viper.Bytecode.Code;

/// <summary>
/// A function whose first instruction compares a parameter with a constant and whose next one, reached
/// when the comparison does not jump, returns a parameter or a constant: the shape of a recursion's base
/// case (<c>if n &lt; 2: return n</c>). Both tiers decide such a base case in the caller; each reads the
/// constants its own way (the VM's values, the CIL tier's longs) and requires them to be ints.
/// </summary>
/// <param name="Parameter">The parameter compared.</param>
/// <param name="ConstantIndex">The constant it is compared with.</param>
/// <param name="Condition">The instruction's condition (<see cref="CompareCondition"/>), an ordered one: when it holds, the instruction jumps past the base case.</param>
/// <param name="ReturnedParameter">The parameter returned, or -1 for the constant at <paramref name="ReturnedConstantIndex"/>.</param>
/// <param name="ReturnedConstantIndex">The constant returned when <paramref name="ReturnedParameter"/> is -1.</param>
public sealed record BaseCaseShape(int Parameter, int ConstantIndex, int Condition, int ReturnedParameter, int ReturnedConstantIndex)
{
    public static BaseCaseShape? Find(CodeObject code)
    {
        var words = code.Instructions;
        var next = InstructionSet.Info(Opcode.CompareConstJump).Length;
        if (words.Length < next + 2 || (Opcode)words[0] != Opcode.CompareConstJump
            || words[1] >= code.ParameterCount || CompareCondition.OrderMask(words[3]) < 0)
        {
            return null;
        }

        // Nothing has been stored at the instruction after the first, so its parameter slots still hold the arguments.
        return (Opcode)words[next] switch
        {
            Opcode.Return when words[next + 1] < code.ParameterCount => new BaseCaseShape(words[1], words[2], words[3], words[next + 1], -1),
            Opcode.ReturnConst => new BaseCaseShape(words[1], words[2], words[3], -1, words[next + 1]),
            _ => null,
        };
    }
}

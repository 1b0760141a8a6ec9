using System.Runtime.CompilerServices;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// A function whose first instruction compares a parameter with an int constant and, when the
/// comparison does not jump, returns a parameter or a constant: the base case of a recursion
/// (<c>if n &lt; 2: return n</c>). The VM's exact-arguments CALL decides the comparison itself when
/// the argument is an inline int and takes the result without pushing the callee's frame, as long
/// as the frame would fit under the recursion limit: nothing the base case does can raise, run
/// Python code or show in a traceback, and a refused depth makes the real call, which raises as
/// before. The CIL tier does the same for its long entries (<c>Viper.IlJit.Lowering.BaseCase</c>),
/// from the compiler's constants; this one reads the VM's constant values.
/// </summary>
internal sealed class InlineBaseCase
{
    private InlineBaseCase(int parameter, long constant, int orderMask, int returnedParameter, Value returnedConstant)
    {
        Parameter = parameter;
        Constant = constant;
        OrderMask = orderMask;
        ReturnedParameter = returnedParameter;
        ReturnedConstant = returnedConstant;
    }

    /// <summary>The parameter compared.</summary>
    public int Parameter { get; }

    /// <summary>The int it is compared with.</summary>
    public long Constant { get; }

    /// <summary>The condition's <see cref="CompareCondition.OrderMask"/>: when it holds, the instruction jumps past the base case.</summary>
    public int OrderMask { get; }

    /// <summary>The parameter returned, or -1 for <see cref="ReturnedConstant"/>.</summary>
    public int ReturnedParameter { get; }

    public Value ReturnedConstant { get; }

    /// <summary>Whether the comparison of the argument <paramref name="argument"/> with the constant jumps past the base case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Jumps(long argument)
    {
        var sign = argument < Constant ? 0 : argument == Constant ? 1 : 2;
        return ((OrderMask >> sign) & 1) != 0;
    }

    /// <summary>The base case of a function taking exactly its positional parameters, or null.</summary>
    public static InlineBaseCase? Find(CodeObject code, Value[] constants)
    {
        if (code.ExactArgCount < 0 || (code.Flags & CodeFlags.Generator) != 0 || BaseCaseShape.Find(code) is not { } shape
            || shape.Parameter >= code.ExactArgCount || shape.ReturnedParameter >= code.ExactArgCount
            || constants[shape.ConstantIndex] is not { IsInt: true } constant)
        {
            return null;
        }

        return new InlineBaseCase(shape.Parameter, constant.AsInt, CompareCondition.OrderMask(shape.Condition), shape.ReturnedParameter,
            shape.ReturnedParameter >= 0 ? default : constants[shape.ReturnedConstantIndex]);
    }
}

using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Operations;

namespace Viper.Runtime.Vm;

/// <summary>
/// Loops whose body starts by unpacking the item in two (<c>for i, x in enumerate(xs)</c>,
/// <c>for a, b in zip(xs, ys)</c>, <c>for k, v in d.items()</c>): the compiler puts the item in a
/// temporary that only the UNPACK_SEQUENCE right after FOR_ITER reads, so FOR_ITER may hand the
/// iterator's pair (<see cref="PairIteration"/>) to the unpacking's targets and step over it.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// The offset of the UNPACK_SEQUENCE that takes apart, in two, the item of the FOR_ITER (or
    /// FOR_ITER_BACK, <paramref name="back"/>) at <paramref name="pc"/>, when that item is a
    /// temporary; else -1. A FOR_ITER_BACK whose next step may enter compiled code at the loop header
    /// gets -1 too: the compiled loop starts with the UNPACK_SEQUENCE, which reads the item.
    /// </summary>
    private int UnpackedLoopBody(CodeObject code, int pc, bool back)
    {
        var words = code.Instructions;
        var item = words[pc + 2];
        var body = back ? words[pc + 3] : pc + InstructionSet.LengthOf(Opcode.ForIter);
        return (Opcode)words[body] == Opcode.UnpackSequence && words[body + 1] == item && words[body + 3] == 2
            && item >= code.LocalCount && (!back || code.BackEdgeCount + 1 < _backEdgeThreshold)
            ? body
            : -1;
    }
}

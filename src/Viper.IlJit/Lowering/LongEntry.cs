using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Runtime.Vm;

namespace Viper.IlJit.Lowering;

/// <summary>
/// The long entry of a compiled function: a second body of the same code that takes its
/// parameters as <c>long</c>s and returns a <c>long</c>. A caller's specialized version calls it
/// where every argument is an int slot, so that neither side boxes the ints or tests their tags,
/// and the result stays an int slot of the caller (recursive <c>fib</c>'s two results and their add
/// live in plain registers). A result that is not a small int (None, a float, a big int) comes back
/// as <see cref="NotSmallInt"/> with the value itself in the callee closure's
/// <see cref="JitClosure.BoxedResult"/>; the caller then continues in its generic version after
/// the call. A function gets one when its specialized version keeps every parameter in a
/// <c>long</c> (no entry guard can fail) and some return returns an int.
/// </summary>
internal static class LongEntry
{
    /// <summary>
    /// The result that says "take the value from <see cref="JitClosure.BoxedResult"/>". An int
    /// result equal to it goes that way too, boxed.
    /// </summary>
    public const long NotSmallInt = long.MinValue;

    public static Type[] Parameters(CodeObject code) =>
        [typeof(JitClosure), typeof(Interpreter), .. Enumerable.Repeat(typeof(long), code.ParameterCount)];

    /// <summary>The CALL sites of <paramref name="calls"/> whose callee has a long entry.</summary>
    public static HashSet<int> Sites(DirectCalls calls) =>
        [.. calls.Sites.Where(site => site.Value.LongBody is not null).Select(site => site.Key)];

    /// <summary>
    /// Whether <paramref name="code"/> qualifies for a long entry, its calls to itself calling it.
    /// Bodies with handlers, deleted locals or closure cells are left out: their parameters are
    /// read boxed by the generic version from its start. So are functions without parameters,
    /// whose only gain would be the result (a benchmark's or a program's <c>main</c>).
    /// </summary>
    public static bool Applies(CodeObject code, DirectCalls calls)
    {
        if (code.Flags.HasFlag(CodeFlags.Generator) || code.Flags.HasFlag(CodeFlags.Module)
            || code.Flags.HasFlag(CodeFlags.VarArgs) || code.Flags.HasFlag(CodeFlags.VarKeywords)
            || code.KeywordOnlyCount > 0 || code.ExceptionTable.Length > 0 || FunctionLowering.TakesFunction(code)
            || code.ParameterCount == 0)
        {
            return false;
        }

        var words = code.Instructions;
        var offsets = code.InstructionOffsets().ToList();
        if (offsets.Any(pc => (Opcode)words[pc] == Opcode.DeleteFast))
        {
            return false;
        }

        var longCalls = Sites(calls);
        foreach (var (pc, callee) in calls.Sites)
        {
            if (callee.ClosureIndex < 0)
            {
                longCalls.Add(pc);
            }
        }

        var splitting = TemporarySplitting.For(code);
        var ints = IntSlots.Find(code, splitting, FloatSlots.Find(code, splitting, new bool[splitting.SlotCount]), longCalls);
        if (!ints.Pays)
        {
            return false;
        }

        for (var slot = 0; slot < code.ParameterCount; slot++)
        {
            if (!ints.Ints[slot])
            {
                return false;
            }
        }

        return offsets.Any(pc => (Opcode)words[pc] switch
        {
            Opcode.Return => ints.Ints[splitting.Read(pc, words[pc + 1])],
            Opcode.ReturnConst => IntSlots.IsIntConstant(code.Constants[words[pc + 1]]),
            _ => false,
        });
    }
}

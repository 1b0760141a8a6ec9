using System.Reflection.Emit;
using Viper.Bytecode.Instructions;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Calls of long entries from the specialized version, and the long entry's own returns (see
/// <see cref="LongEntry"/>). A call whose result is an int slot continues in the specialized
/// version when the callee returned a small int; otherwise the callee's value goes into the
/// result's boxed local and the frame moves to the generic version after the call (the call has
/// happened and must not run again), as a failed guard does before an instruction.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>The exits after calls whose result is not a small int, by CALL offset.</summary>
    private readonly Dictionary<int, ResultDeopt> _resultDeopts = [];

    /// <summary>The cold blocks that fetch a long entry's boxed result, emitted with the deoptimization exits.</summary>
    private readonly List<BoxedResult> _boxedResults = [];

    /// <summary>Whether the call at <paramref name="pc"/> passes only int slots, so that a long entry can take them.</summary>
    private bool ArgumentsInLongs(int pc, int callBase, int argCount)
    {
        for (var i = 1; i <= argCount; i++)
        {
            if (!IsInt(_splitting.Read(pc, callBase + i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The call of the callee's long entry, once its guard held; the result into <paramref name="dst"/>.</summary>
    private void EmitLongEntryCall(int pc, DirectCallee direct, int callBase, int argCount, int dst, IlLabel done)
    {
        var keepsInt = IsInt(dst);
        if (BaseCase.Find(direct.Code) is { } baseCase)
        {
            EmitInlineBaseCase(pc, baseCase, callBase, dst, done);
        }

        if (!keepsInt)
        {
            LoadCalleeClosure(direct);
        }

        LoadCalleeClosure(direct);
        _il.Ldarg(InterpreterArg);
        for (var i = 1; i <= argCount; i++)
        {
            _il.Ldloc(_ints[_splitting.Read(pc, callBase + i)]!);
        }

        _il.Call(direct.LongBody!);
        if (keepsInt)
        {
            var boxed = _il.DefineLabel();
            _boxedResults.Add(new BoxedResult(boxed, direct, pc));
            _il.Stloc(_ints[dst]!);
            _il.Ldloc(_ints[dst]!);
            _il.LdcI8(LongEntry.NotSmallInt);
            _il.CompareBranch(OpCodes.Beq, boxed);
            ResultDeoptLabel(pc, dst);
        }
        else
        {
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.LongResultValue)));
            EmitPendingRaiseCheck();
            _il.Stloc(Boxed(dst));
        }

        _il.Branch(OpCodes.Br, done);
    }

    /// <summary>
    /// The callee's base case in place of the call (see <see cref="BaseCase"/>): when its
    /// comparison of the int arguments would not jump and its frame would fit under the recursion
    /// limit, the result is the returned argument or constant; otherwise the code after this
    /// makes the call. Half of a recursive <c>fib</c>'s calls are leaves that would pay the whole
    /// frame (prologue, depth check, epilogue) to return their argument.
    /// </summary>
    private void EmitInlineBaseCase(int pc, BaseCase baseCase, int callBase, int dst, IlLabel done)
    {
        var call = _il.DefineLabel();
        _il.Ldloc(_ints[_splitting.Read(pc, callBase + 1 + baseCase.Parameter)]!);
        _il.LdcI8(baseCase.Constant);
        _il.CompareBranch(IntBranch(CompareCondition.Operator(baseCase.Condition), CompareCondition.IsNegated(baseCase.Condition)), call);
        _il.Ldarg(InterpreterArg);
        _il.Call(RuntimeMembers.FrameFits);
        _il.Branch(OpCodes.Brfalse, call);
        if (baseCase.ReturnedParameter >= 0)
        {
            _il.Ldloc(_ints[_splitting.Read(pc, callBase + 1 + baseCase.ReturnedParameter)]!);
        }
        else
        {
            _il.LdcI8(baseCase.ReturnedConstant);
        }

        StoreLong(dst);

        _il.Branch(OpCodes.Br, done);
        _il.MarkLabel(call);
    }

    /// <summary>Where the specialized version goes after the call at <paramref name="pc"/> when its result, already in its boxed local, is not a small int.</summary>
    private IlLabel ResultDeoptLabel(int pc, int dst)
    {
        if (!_resultDeopts.TryGetValue(pc, out var exit))
        {
            var next = pc + InstructionSet.Info(Opcode.Call).Length;
            exit = new ResultDeopt(_il.DefineLabel(), dst, next, new LoopLocals(_ints, _floats, _rangeLocals));
            _resultDeopts[pc] = exit;
            _genericLabels.TryAdd(next, _il.DefineLabel());
        }

        return exit.Label;
    }

    /// <summary>A return from the long entry: an int slot or int constant as itself, anything else through the closure.</summary>
    private void EmitLongReturn(int pc, Opcode opcode)
    {
        if (opcode == Opcode.Return && IsInt(In(pc, 0)))
        {
            _returnNotSmallInt ??= _il.DefineLabel();
            _il.Ldloc(_ints[In(pc, 0)]!);
            _il.Stloc(_longResult!);
            _il.Ldloc(_longResult!);
            _il.LdcI8(LongEntry.NotSmallInt);
            _il.CompareBranch(OpCodes.Beq, _returnNotSmallInt);
        }
        else if (opcode == Opcode.ReturnConst && Constant(Operand(pc, 0)) is long constant && constant != LongEntry.NotSmallInt)
        {
            _il.LdcI8(constant);
            _il.Stloc(_longResult!);
        }
        else
        {
            _il.Ldarg(ClosureArg);
            if (opcode == Opcode.Return)
            {
                LoadChecked(In(pc, 0), pc);
            }
            else
            {
                LoadConstant(Operand(pc, 0));
            }

            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ReturnAsLong)));
            _il.Stloc(_longResult!);
        }

        _il.Leave(_exit);
    }

    /// <summary>
    /// The cold ends of the long calls and returns, emitted inside the protected region after the
    /// specialized version: the boxed results fetched into their locals, the exits after those
    /// calls, and the long entry's return of the int that reads as <see cref="LongEntry.NotSmallInt"/>.
    /// </summary>
    private void EmitLongCallExits(Dictionary<int, bool[]> liveIn)
    {
        foreach (var (label, callee, pc) in _boxedResults)
        {
            _il.MarkLabel(label);
            LoadCalleeClosure(callee);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.TakeBoxedResult)));
            EmitPendingRaiseCheck();
            var exit = _resultDeopts[pc];
            _il.Stloc(_slots[exit.Result]!);
            _il.Branch(OpCodes.Br, exit.Label);
        }

        foreach (var exit in _resultDeopts.Values)
        {
            _il.MarkLabel(exit.Label);
            BoxLiveSlots(liveIn[exit.Next], exit.Locals, except: exit.Result);
            _il.Branch(OpCodes.Br, _genericLabels[exit.Next]);
        }

        if (_returnNotSmallInt is { } returnNotSmallInt)
        {
            _il.MarkLabel(returnNotSmallInt);
            _il.Ldarg(ClosureArg);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.ReturnNotSmallInt)));
            _il.Stloc(_longResult!);
            _il.Leave(_exit);
        }
    }

    /// <param name="Result">The call's result slot, which holds the boxed value when the exit is taken.</param>
    /// <param name="Next">The instruction after the call, where the generic version continues.</param>
    private sealed record ResultDeopt(IlLabel Label, int Result, int Next, LoopLocals Locals);

    /// <summary>A long call's out-of-line exit for a result that is not a small int: its label, the callee, and the call's pc.</summary>
    private sealed record BoxedResult(IlLabel Label, DirectCallee Callee, int Pc);
}

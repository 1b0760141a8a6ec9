using System.Reflection.Emit;
using Viper.IlJit.Emission;
using Viper.Runtime.Values;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A body split into two methods (see <see cref="VersionSplit"/>): the specialized method, which
/// callers enter, and the generic method it hands the frame to when a guard fails. The frame
/// moves whole: the specialized method leaves its compiled frame (the depth goes back to the
/// caller's), stores every slot (the ints boxed) and the instruction in the closure, and calls
/// the generic method as a tail call; that method enters the frame again, takes the slots and
/// continues at the instruction. An exception raised there gets its traceback entry from the
/// generic method alone, since the hand-over is outside the specialized method's protected region.
/// </summary>
internal sealed partial class FunctionLowering
{
    private IlLocal? _handOverPc;
    private IlLabel? _handOver;

    private int[] EmitSpecializedBody()
    {
        FindLabels(_specializedLabels);

        // Without an interpreter the call only makes .NET compile the method (JitCompiler's
        // warm-up): the generic method is compiled the same way.
        var run = _il.DefineLabel();
        _il.Ldarg(InterpreterArg);
        _il.Branch(OpCodes.Brtrue, run);
        TailCallGeneric();
        _il.MarkLabel(run);

        // The parameter guards come before the frame starts: a call that fails them is the
        // generic method's from its first instruction, depth check included.
        var generic = _il.DefineLabel();
        for (var i = 0; i < _code.ParameterCount; i++)
        {
            _il.Ldarg(_firstParameterArg + i);
            _il.Stloc(Boxed(i));
        }

        _specialized = true;
        _labels = _specializedLabels;
        EmitParameterGuards(generic);
        _il.Ldarg(InterpreterArg);
        _il.Call(RuntimeMembers.EnterFrame);
        _il.Stloc(_outerDepth);
        _il.BeginTry();
        EmitInstructions();
        EmitDeoptimizations();
        EmitCatch();
        EmitReturn();

        _il.MarkLabel(generic);
        TailCallGeneric();

        if (_handOver is not null)
        {
            EmitHandOver(_handOver, _handOverPc!);
        }

        return [.. _deopts.Keys];
    }

    /// <summary>A deoptimization exit of the specialized method, its ints already boxed: leaves the protected region for the hand-over.</summary>
    private void HandOver(int pc)
    {
        _handOverPc ??= _il.DeclareLocal(typeof(int), "handOverPc");
        _handOver ??= _il.DefineLabel();
        _il.LdcI4(pc + 1);
        _il.Stloc(_handOverPc);
        _il.Leave(_handOver);
    }

    private void EmitHandOver(IlLabel handOver, IlLocal handOverPc)
    {
        _il.MarkLabel(handOver);
        _il.Ldarg(InterpreterArg);
        _il.Ldloc(_outerDepth);
        _il.Call(RuntimeMembers.ReturnFromFrame);
        var slots = _il.DeclareLocal(typeof(Value[]), "handOverSlots");
        _il.LdcI4(_splitting.SlotCount);
        _il.Newarr(typeof(Value));
        _il.Stloc(slots);
        for (var slot = 0; slot < _splitting.SlotCount; slot++)
        {
            _il.Ldloc(slots);
            _il.LdcI4(slot);
            if (_slots[slot] is { } boxed)
            {
                _il.Ldloc(boxed);
            }
            else
            {
                _il.Ldloc(_genericFloats[slot]!);
                _il.Call(RuntimeMembers.FromFloat);
            }

            _il.Stelem(typeof(Value));
        }

        _il.Ldarg(ClosureArg);
        _il.Ldloc(slots);
        _il.Stfld(RuntimeMembers.ClosureDeoptSlots);
        _il.Ldarg(ClosureArg);
        _il.Ldloc(handOverPc);
        _il.Stfld(RuntimeMembers.ClosureDeoptPc);
        TailCallGeneric();
    }

    /// <summary>Hands this call, with its arguments as they came, to the generic method.</summary>
    private void TailCallGeneric()
    {
        _il.Ldarg(ClosureArg);
        _il.Ldarg(InterpreterArg);
        if (_takesFunction)
        {
            _il.Ldarg(FunctionArg);
        }

        for (var i = 0; i < _code.ParameterCount; i++)
        {
            _il.Ldarg(_firstParameterArg + i);
        }

        _il.TailCallAndReturn(_closure.GenericBody!);
    }

    /// <summary>
    /// The generic method's entry from the specialized one: when the closure holds a hand-over,
    /// the slots become the locals and execution continues at its instruction.
    /// </summary>
    private void EmitContinuationEntries(IReadOnlyCollection<int> continuations)
    {
        if (continuations.Count == 0)
        {
            return;
        }

        var fromTop = _il.DefineLabel();
        var pc = _il.DeclareLocal(typeof(int), "handOverPc");
        var slots = _il.DeclareLocal(typeof(Value[]), "handOverSlots");
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureDeoptPc);
        _il.Stloc(pc);
        _il.Ldloc(pc);
        _il.Branch(OpCodes.Brfalse, fromTop);
        _il.Ldarg(ClosureArg);
        _il.Ldfld(RuntimeMembers.ClosureDeoptSlots);
        _il.Stloc(slots);
        _il.Ldarg(ClosureArg);
        _il.LdcI4(0);
        _il.Stfld(RuntimeMembers.ClosureDeoptPc);
        _il.Ldarg(ClosureArg);
        _il.Ldnull();
        _il.Stfld(RuntimeMembers.ClosureDeoptSlots);
        for (var slot = 0; slot < _splitting.SlotCount; slot++)
        {
            _il.Ldloc(slots);
            _il.LdcI4(slot);
            _il.Ldelem(typeof(Value));
            if (_slots[slot] is { } boxed)
            {
                _il.Stloc(boxed);
            }
            else
            {
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.FloatOrZero)));
                _il.Stloc(_genericFloats[slot]!);
            }
        }

        var ordered = continuations.Order().ToList();
        foreach (var offset in ordered.SkipLast(1))
        {
            _il.Ldloc(pc);
            _il.LdcI4(offset + 1);
            _il.CompareBranch(OpCodes.Beq, _genericLabels[offset]);
        }

        _il.Branch(OpCodes.Br, _genericLabels[ordered[^1]]);
        _il.MarkLabel(fromTop);
    }
}

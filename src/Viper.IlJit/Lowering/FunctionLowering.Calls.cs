using System.Reflection;
using System.Reflection.Emit;
using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>CALL, CALL_KW and CALL_METHOD.</summary>
internal sealed partial class FunctionLowering
{
    private const int SmallArity = 3;

    /// <summary>
    /// A call. Where the callee was a compiled Python function at compile time, a guard checks the
    /// slot still holds a function with that code and calls its body directly, arguments as values;
    /// otherwise (and when the guard fails) the interpreter's generic call runs. In the specialized
    /// version, a callee with a long entry gets int arguments as <c>long</c>s, and its result may
    /// stay one (see <see cref="LongEntry"/>).
    /// </summary>
    private void EmitCall(int pc, bool keywords)
    {
        var result = Out(pc, 0);
        var dst = IsInt(result) ? _slots[result]! : Boxed(result);
        var callBase = Operand(pc, 1);
        var argCount = Operand(pc, 2) - 1;
        SetPc(pc);
        var done = _il.DefineLabel();
        if (!keywords && _directCalls.Sites.TryGetValue(pc, out var direct))
        {
            var viaLongEntry = direct.LongBody is not null && ArgumentsInLongs(pc, callBase, argCount);
            EmitDirectCall(pc, direct, callBase, argCount, viaLongEntry ? () => EmitLongEntryCall(pc, direct, callBase, argCount, result, done) : null, dst, done);
        }

        if (!keywords && !IsInt(result) && _directCalls.Instantiations.TryGetValue(pc, out var instantiation))
        {
            EmitDirectInstantiation(pc, instantiation, callBase, argCount, dst, done);
        }

        Emission.IlLabel? stored = null;
        if (!keywords && _builtinCalls.TryGetValue(pc, out var builtin))
        {
            stored = _il.DefineLabel();
            EmitBuiltinCall(pc, builtin.Intrinsic, builtin.Method, callBase, argCount, dst, stored);
        }

        if (keywords)
        {
            _il.Ldarg(InterpreterArg);
            _il.Ldarg(ClosureArg);
            _il.LdcI4(Operand(pc, 3));
            LoadValue(_splitting.Read(pc, callBase));
            LoadArray(pc, callBase + 1, argCount);
            _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.CallKeywords)));
        }
        else
        {
            _il.Ldarg(InterpreterArg);
            LoadValue(_splitting.Read(pc, callBase));
            LoadArguments(pc, callBase + 1, argCount);
            _il.Call(RuntimeMembers.Helper(argCount switch
            {
                0 => nameof(JitRuntime.Call0),
                1 => nameof(JitRuntime.Call1),
                2 => nameof(JitRuntime.Call2),
                3 => nameof(JitRuntime.Call3),
                _ => nameof(JitRuntime.CallArray),
            }));
            if (argCount <= SmallArity)
            {
                EmitPendingRaiseCheck();
            }
        }

        _il.Stloc(dst);
        if (stored is { } afterStore)
        {
            _il.MarkLabel(afterStore);
        }

        if (IsInt(result))
        {
            UnboxInt(result, ResultDeoptLabel(pc, result), allowUnbound: false);
        }

        _il.MarkLabel(done);
    }

    /// <summary>
    /// A call expected to reach a builtin with a fixed-arity body (see <see cref="BuiltinCallSites"/>):
    /// while the callee is that builtin, its method is called with the arguments as values and the
    /// result stored in <paramref name="dst"/>, then on to <paramref name="stored"/>; any other
    /// callee falls through to the generic call the caller emits next.
    /// </summary>
    private void EmitBuiltinCall(int pc, BuiltinIntrinsic intrinsic, System.Reflection.MethodInfo method, int callBase, int argCount, Emission.IlLocal dst, Emission.IlLabel stored)
    {
        var generic = _il.DefineLabel();
        _il.Ldloca(Boxed(_splitting.Read(pc, callBase)));
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.LdcI4((int)intrinsic);
        _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.IsBuiltin)));
        _il.Branch(OpCodes.Brfalse, generic);
        _il.Ldarg(InterpreterArg);
        for (var i = 0; i < argCount; i++)
        {
            LoadValue(_splitting.Read(pc, callBase + 1 + i));
        }

        _il.Call(method);
        _il.Stloc(dst);
        _il.Branch(OpCodes.Br, stored);
        _il.MarkLabel(generic);
    }

    /// <summary>
    /// The guard is the callee being the function the call was resolved to (one compare, or none
    /// while a watched read's version holds: see <see cref="TryEmitWatchedCalleeRead"/>), else
    /// any function with the callee's code (a type test and a compare), else the generic call.
    /// The fallback test comes after the call in the IL, so the resolved function's path runs
    /// straight through. <paramref name="emitLongCall"/>, if given, emits the call instead of the value body's.
    /// </summary>
    private void EmitDirectCall(int pc, DirectCallee direct, int callBase, int argCount, Action? emitLongCall, Emission.IlLocal dst, Emission.IlLabel done)
    {
        var generic = _il.DefineLabel();
        var otherFunction = _il.DefineLabel();
        var call = _il.DefineLabel();
        var callee = Boxed(_splitting.Read(pc, callBase));
        var takesFunction = TakesFunction(direct.Code);
        _function ??= _il.DeclareLocal(typeof(PyFunction), "function");
        var matched = _il.DefineLabel();
        var resolvedTest = WatchedCalleeTest(pc, callBase);
        if (resolvedTest is null)
        {
            EmitResolvedFunctionTest(direct, callee, OpCodes.Bne_Un, otherFunction);
        }

        _il.MarkLabel(matched);
        if (takesFunction)
        {
            LoadCalleeClosure(direct);
            _il.Ldfld(RuntimeMembers.ClosureFunction);
            _il.Stloc(_function);
        }

        _il.MarkLabel(call);
        if (emitLongCall is not null)
        {
            emitLongCall();
        }
        else
        {
            LoadCalleeClosure(direct);
            _il.Ldarg(InterpreterArg);
            if (takesFunction)
            {
                _il.Ldloc(_function);
            }

            for (var i = 0; i < argCount; i++)
            {
                LoadValue(_splitting.Read(pc, callBase + 1 + i));
            }

            _il.Call(direct.Body);
            EmitPendingRaiseCheck();
            _il.Stloc(dst);
            _il.Branch(OpCodes.Br, done);
        }

        if (resolvedTest is not null)
        {
            // Out of line: the watched version moved since compile time.
            _il.MarkLabel(resolvedTest);
            EmitResolvedFunctionTest(direct, callee, OpCodes.Beq, matched);
        }

        _il.MarkLabel(otherFunction);
        CastReference(callee, _function, generic);
        _il.Ldloc(_function);
        _il.Call(RuntimeMembers.FunctionCode);
        LoadCalleeClosure(direct);
        _il.Ldfld(RuntimeMembers.ClosureCode);
        _il.CompareBranch(OpCodes.Beq, call);
        _il.MarkLabel(generic);
    }

    /// <summary>Branches to <paramref name="target"/> on the outcome of comparing the callee with the function the call was resolved to.</summary>
    private void EmitResolvedFunctionTest(DirectCallee direct, Emission.IlLocal callee, OpCode branch, Emission.IlLabel target)
    {
        _il.Ldloca(callee);
        _il.Ldfld(RuntimeMembers.ValueRef);
        LoadCalleeClosure(direct);
        _il.Ldfld(RuntimeMembers.ClosureFunction);
        _il.CompareBranch(branch, target);
    }

    private void LoadCalleeClosure(DirectCallee direct) => LoadCalleeClosure(direct.ClosureIndex);

    /// <param name="closureIndex">Index into the callee closures, or -1 for this code's own.</param>
    private void LoadCalleeClosure(int closureIndex)
    {
        if (closureIndex >= 0)
        {
            LoadClosureItem(RuntimeMembers.ClosureCallees, closureIndex, typeof(JitClosure));
        }
        else
        {
            _il.Ldarg(ClosureArg);
        }
    }

    /// <summary>Item <paramref name="index"/> of one of this code's closure tables (its callees, or the targets its guards compare with).</summary>
    private void LoadClosureItem(FieldInfo table, int index, Type itemType)
    {
        _il.Ldarg(ClosureArg);
        _il.Ldfld(table);
        _il.LdcI4(index);
        _il.Ldelem(itemType);
    }

    /// <summary>Up to <see cref="SmallArity"/> arguments as values, more as an array.</summary>
    private void LoadArguments(int pc, int first, int count)
    {
        if (count > SmallArity)
        {
            LoadArray(pc, first, count);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            LoadValue(_splitting.Read(pc, first + i));
        }
    }

    /// <summary>
    /// CALL_METHOD: first, where the site's cache had found compiled Python methods, each one's
    /// body called directly while the receiver is an instance it was found for (see
    /// <see cref="EmitDirectMethodCalls"/>); else the receiver and arguments to the interpreter's
    /// method call, which owns the method cache.
    /// </summary>
    private void EmitCallMethod(int pc)
    {
        var callBase = Operand(pc, 1);
        var withReceiver = Operand(pc, 2);
        var dst = Boxed(Out(pc, 0));
        SetPc(pc);
        var done = _il.DefineLabel();
        if (_directCalls.MethodSites.TryGetValue(pc, out var methods))
        {
            EmitDirectMethodCalls(pc, methods, callBase, withReceiver, dst, done);
        }

        _il.Ldarg(InterpreterArg);
        _il.Ldarg(ClosureArg);
        _il.LdcI4(Operand(pc, 3));
        _il.LdcI4(Operand(pc, 4));
        _il.Ldloca(_pc);
        if (withReceiver == SmallArity + 1)
        {
            // The receiver does not count: a method taking three arguments gets them as values too.
            for (var i = 0; i < withReceiver; i++)
            {
                LoadValue(_splitting.Read(pc, callBase + i));
            }
        }
        else
        {
            LoadArguments(pc, callBase, withReceiver);
        }

        _il.Call(RuntimeMembers.Helper(withReceiver switch
        {
            1 => nameof(JitRuntime.CallMethod1),
            2 => nameof(JitRuntime.CallMethod2),
            3 => nameof(JitRuntime.CallMethod3),
            4 => nameof(JitRuntime.CallMethod4),
            _ => nameof(JitRuntime.CallMethodArray),
        }));
        if (withReceiver <= SmallArity + 1)
        {
            EmitPendingRaiseCheck();
        }

        _il.Stloc(dst);
        _il.MarkLabel(done);
    }
}
